package org.eccworkbench.ui.editor.internal.diagram.figures;

import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.ui.editor.internal.diagram.Box;
import org.eccworkbench.ui.editor.internal.diagram.Painter;

/** A roller pump head: the raceway circle with two rollers on the rotor arm. */
final class RollerPumpFigure extends SymbolFigure {

	RollerPumpFigure() {
		super(60, 60);
	}

	@Override
	public void paint(Painter p, Box b, Component c) {
		double cx = b.centerX(), cy = b.centerY(), r = Math.min(b.width(), b.height()) / 2 - 4;
		p.setBackground(FILL);
		p.oval(cx - r, cy - r, 2 * r, 2 * r, true);
		p.setForeground(OUTLINE);
		p.setLineWidth(2);
		p.oval(cx - r, cy - r, 2 * r, 2 * r, false);
		double arm = r * 0.62;
		p.setLineWidth(3);
		p.line(cx - arm, cy + arm * 0.3, cx + arm, cy - arm * 0.3);
		p.setBackground(ACCENT);
		double roller = r * 0.22;
		p.oval(cx - arm - roller, cy + arm * 0.3 - roller, 2 * roller, 2 * roller, true);
		p.oval(cx + arm - roller, cy - arm * 0.3 - roller, 2 * roller, 2 * roller, true);
		p.setLineWidth(1);
		p.oval(cx - arm - roller, cy + arm * 0.3 - roller, 2 * roller, 2 * roller, false);
		p.oval(cx + arm - roller, cy - arm * 0.3 - roller, 2 * roller, 2 * roller, false);
	}
}
