package org.eccworkbench.ui.editor.internal.diagram.figures;

import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Sensor;
import org.eccworkbench.model.circuit.SensorKind;
import org.eccworkbench.ui.editor.internal.diagram.Box;
import org.eccworkbench.ui.editor.internal.diagram.Painter;

/** A sensor: a round gauge with the letter of what it measures (P, T, Q, B, L, G). */
final class SensorFigure extends SymbolFigure {

	SensorFigure() {
		super(28, 28);
	}

	static String letter(Component c) {
		SensorKind kind = c instanceof Sensor sensor ? sensor.getSensorKind() : null;
		if (kind == null) {
			return "S"; //-NLS-1$
		}
		return switch (kind) {
		case PRESSURE -> "P"; //-NLS-1$
		case TEMPERATURE -> "T"; //-NLS-1$
		case FLOW -> "Q"; //-NLS-1$
		case BUBBLE -> "B"; //-NLS-1$
		case LEVEL -> "L"; //-NLS-1$
		case BLOOD_GAS -> "G"; //-NLS-1$
		};
	}

	@Override
	public void paint(Painter p, Box b, Component c) {
		p.setBackground(new org.eclipse.swt.graphics.RGB(255, 250, 220));
		p.oval(b.x() + 2, b.y() + 2, b.width() - 4, b.height() - 4, true);
		p.setForeground(OUTLINE);
		p.setLineWidth(1.5);
		p.oval(b.x() + 2, b.y() + 2, b.width() - 4, b.height() - 4, false);
		p.text(letter(c), b.centerX(), b.centerY() + 5, 13, Painter.Anchor.MIDDLE);
	}
}
