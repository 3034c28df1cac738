package org.eccworkbench.ui.editor.internal.diagram.figures;

import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.ui.editor.internal.diagram.Box;
import org.eccworkbench.ui.editor.internal.diagram.Painter;

/** A centrifugal pump head: a cone seen from above, with the impeller vanes and the tangential outlet. */
final class CentrifugalPumpFigure extends SymbolFigure {

	CentrifugalPumpFigure() {
		super(60, 60);
	}

	@Override
	public void paint(Painter p, Box b, Component c) {
		double cx = b.centerX(), cy = b.centerY(), r = Math.min(b.width(), b.height()) / 2 - 6;
		p.setBackground(FILL);
		p.oval(cx - r, cy - r, 2 * r, 2 * r, true);
		p.setForeground(OUTLINE);
		p.setLineWidth(2);
		p.oval(cx - r, cy - r, 2 * r, 2 * r, false);
		p.line(cx, cy - r, b.right(), cy - r);
		p.setLineWidth(1.5);
		for (int vane = 0; vane < 3; vane++) {
			double angle = vane * 2 * Math.PI / 3;
			p.line(cx, cy, cx + Math.cos(angle) * r * 0.75, cy + Math.sin(angle) * r * 0.75);
		}
		p.setBackground(OUTLINE);
		p.oval(cx - 3, cy - 3, 6, 6, true);
	}
}
