package org.eccworkbench.ui.editor.internal.diagram.figures;

import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.ui.editor.internal.diagram.Box;
import org.eccworkbench.ui.editor.internal.diagram.Painter;

/** A one-way valve: the diode symbol, a triangle pointing the way flow passes, and a bar. */
final class ValveFigure extends SymbolFigure {

	ValveFigure() {
		super(30, 24);
	}

	@Override
	public void paint(Painter p, Box b, Component c) {
		double cx = b.centerX(), cy = b.centerY();
		p.setBackground(ACCENT);
		double[] triangle = { cx - 8, cy - 8, cx + 6, cy, cx - 8, cy + 8 };
		p.polygon(triangle, true);
		p.setForeground(OUTLINE);
		p.setLineWidth(1.5);
		p.polygon(triangle, false);
		p.setLineWidth(2.5);
		p.line(cx + 7, cy - 8, cx + 7, cy + 8);
	}
}
