package org.eccworkbench.ui.editor.internal.diagram;

import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.LineRole;
import org.eclipse.swt.graphics.RGB;

/** How a tube segment is drawn: its colour follows its role, its width the tube size. */
public final class LineStyle {

	public static final RGB VENOUS = new RGB(30, 90, 200);
	public static final RGB ARTERIAL = new RGB(205, 30, 40);
	public static final RGB CARDIOPLEGIA = new RGB(230, 130, 0);
	public static final RGB SUCTION = new RGB(140, 60, 170);
	public static final RGB GAS = new RGB(40, 160, 80);
	public static final RGB WATER = new RGB(0, 170, 200);
	public static final RGB OTHER = new RGB(110, 110, 110);

	private LineStyle() {
	}

	public static RGB color(LineRole role) {
		if (role == null) {
			return OTHER;
		}
		return switch (role) {
		case VENOUS -> VENOUS;
		case ARTERIAL, RECIRCULATION, PURGE, SHUNT -> ARTERIAL;
		case CARDIOPLEGIA -> CARDIOPLEGIA;
		case SUCTION, VENT -> SUCTION;
		case GAS -> GAS;
		case WATER -> WATER;
		case ULTRAFILTRATION, SIGNAL -> OTHER;
		};
	}

	/** Pixels at 100 %: 1/4 in tubing is 2.5 px, 1/2 in is 5 px; gas, water and signal lines 1.5 px. */
	public static double width(Connection connection) {
		double inches = connection.getInternalDiameterInch();
		if (!(inches > 0)) {
			return 1.5;
		}
		return Math.max(1.5, Math.min(8, inches * 10));
	}

	/** Signal and gas lines are dashed, so they never pass for tubing. */
	public static boolean dashed(LineRole role) {
		return role == LineRole.SIGNAL || role == LineRole.GAS;
	}
}
