package org.eccworkbench.ui.editor.internal.diagram.figures;

import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.ui.editor.internal.diagram.Box;
import org.eccworkbench.ui.editor.internal.diagram.LineStyle;
import org.eccworkbench.ui.editor.internal.diagram.Painter;

/** A hardshell reservoir: a tall vessel with a tapered bottom and the blood level in it. */
final class ReservoirFigure extends SymbolFigure {

	ReservoirFigure() {
		super(60, 80);
	}

	@Override
	public void paint(Painter p, Box b, Component c) {
		double x = b.x(), y = b.y(), w = b.width(), h = b.height();
		double[] vessel = { x + 4, y + 4, x + w - 4, y + 4, x + w - 4, y + h * 0.7, x + w * 0.6, y + h - 4,
				x + w * 0.4, y + h - 4, x + 4, y + h * 0.7 };
		p.setBackground(FILL);
		p.polygon(vessel, true);
		p.setBackground(LineStyle.VENOUS);
		double level = y + h * 0.45;
		p.polygon(new double[] { x + 4, level, x + w - 4, level, x + w - 4, y + h * 0.7, x + w * 0.6, y + h - 4,
				x + w * 0.4, y + h - 4, x + 4, y + h * 0.7 }, true);
		p.setForeground(OUTLINE);
		p.setLineWidth(1.5);
		p.polygon(vessel, false);
		p.line(x + 10, y + 14, x + w - 10, y + 14);
	}
}
