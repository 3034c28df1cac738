package org.eccworkbench.ui.editor.internal.diagram.figures;

import org.eccworkbench.model.circuit.Clamp;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.ui.editor.internal.diagram.Box;
import org.eccworkbench.ui.editor.internal.diagram.LineStyle;
import org.eccworkbench.ui.editor.internal.diagram.Painter;

/** A tubing clamp: two jaws across the line, drawn shut (red) when the clamp is closed. */
final class ClampFigure extends SymbolFigure {

	ClampFigure() {
		super(28, 28);
	}

	@Override
	public void paint(Painter p, Box b, Component c) {
		boolean closed = c instanceof Clamp clamp && clamp.isClosed();
		double cx = b.centerX(), cy = b.centerY();
		double gap = closed ? 1 : 6;
		p.setForeground(closed ? LineStyle.ARTERIAL : OUTLINE);
		p.setLineWidth(3);
		p.line(cx - 10, cy - gap, cx + 10, cy - gap);
		p.line(cx - 10, cy + gap, cx + 10, cy + gap);
		p.setLineWidth(1.5);
		p.line(cx + 10, cy - gap, cx + 12, cy);
		p.line(cx + 10, cy + gap, cx + 12, cy);
	}
}
