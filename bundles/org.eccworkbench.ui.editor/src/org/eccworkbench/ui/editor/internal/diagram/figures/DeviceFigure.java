package org.eccworkbench.ui.editor.internal.diagram.figures;

import org.eccworkbench.model.circuit.Component;
import org.eclipse.swt.graphics.RGB;
import org.eccworkbench.ui.editor.internal.diagram.Box;
import org.eccworkbench.ui.editor.internal.diagram.Painter;

/**
 * A device drawn as a console box with its short name and a coloured band: the gas blender, the
 * heater-cooler and the cardioplegia set.
 */
final class DeviceFigure extends SymbolFigure {

	private final String code;
	private final RGB band;

	DeviceFigure(String code, RGB band) {
		super(56, 40);
		this.code = code;
		this.band = band;
	}

	@Override
	public void paint(Painter p, Box b, Component c) {
		double x = b.x() + 2, y = b.y() + 2, w = b.width() - 4, h = b.height() - 4;
		p.setBackground(FILL);
		p.rectangle(x, y, w, h, 6, true);
		p.setBackground(band);
		p.rectangle(x, y + h - 8, w, 8, 0, true);
		p.setForeground(OUTLINE);
		p.setLineWidth(1.5);
		p.rectangle(x, y, w, h, 6, false);
		p.text(code, b.centerX(), y + h / 2 + 2, 11, Painter.Anchor.MIDDLE);
	}
}
