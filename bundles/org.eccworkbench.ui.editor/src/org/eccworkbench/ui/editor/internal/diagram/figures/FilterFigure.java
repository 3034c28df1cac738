package org.eccworkbench.ui.editor.internal.diagram.figures;

import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.ui.editor.internal.diagram.Box;
import org.eccworkbench.ui.editor.internal.diagram.Painter;

/** A filter (arterial filter, haemoconcentrator): a capsule with its screen drawn as a zigzag. */
final class FilterFigure extends SymbolFigure {

	FilterFigure() {
		super(40, 60);
	}

	@Override
	public void paint(Painter p, Box b, Component c) {
		double x = b.x() + 6, y = b.y() + 4, w = b.width() - 12, h = b.height() - 8;
		p.setBackground(FILL);
		p.rectangle(x, y, w, h, w, true);
		p.setForeground(OUTLINE);
		p.setLineWidth(2);
		p.rectangle(x, y, w, h, w, false);
		p.setLineWidth(1);
		double[] zigzag = new double[14];
		for (int i = 0; i < 7; i++) {
			zigzag[2 * i] = x + (i % 2 == 0 ? 4 : w - 4);
			zigzag[2 * i + 1] = y + 8 + i * (h - 16) / 6;
		}
		p.polyline(zigzag);
	}
}
