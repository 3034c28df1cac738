package org.eccworkbench.ui.editor.internal.diagram.figures;

import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.ui.editor.internal.diagram.Box;
import org.eccworkbench.ui.editor.internal.diagram.LineStyle;
import org.eccworkbench.ui.editor.internal.diagram.Painter;

/** The patient: a head and torso with the heart. */
final class PatientFigure extends SymbolFigure {

	PatientFigure() {
		super(80, 100);
	}

	@Override
	public void paint(Painter p, Box b, Component c) {
		double cx = b.centerX(), y = b.y();
		p.setBackground(FILL);
		p.setForeground(OUTLINE);
		p.setLineWidth(2);
		p.oval(cx - 12, y + 4, 24, 24, true);
		p.oval(cx - 12, y + 4, 24, 24, false);
		double[] torso = { cx - 30, y + 36, cx + 30, y + 36, cx + 24, y + b.height() - 4, cx - 24, y + b.height() - 4 };
		p.polygon(torso, true);
		p.polygon(torso, false);
		p.setBackground(LineStyle.ARTERIAL);
		p.polygon(new double[] { cx - 9, y + 52, cx, y + 60, cx + 9, y + 52, cx + 9, y + 47, cx + 4, y + 44, cx,
				y + 48, cx - 4, y + 44, cx - 9, y + 47 }, true);
	}
}
