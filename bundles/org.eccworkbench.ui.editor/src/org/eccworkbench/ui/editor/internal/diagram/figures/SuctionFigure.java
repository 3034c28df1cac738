package org.eccworkbench.ui.editor.internal.diagram.figures;

import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.SuctionVent;
import org.eccworkbench.model.circuit.SuctionVentKind;
import org.eccworkbench.ui.editor.internal.diagram.Box;
import org.eccworkbench.ui.editor.internal.diagram.LineStyle;
import org.eccworkbench.ui.editor.internal.diagram.Painter;

/** A cardiotomy sucker (a wand with a curved tip) or a vent catheter (a straight line with side holes). */
final class SuctionFigure extends SymbolFigure {

	SuctionFigure() {
		super(50, 30);
	}

	@Override
	public void paint(Painter p, Box b, Component c) {
		boolean vent = c instanceof SuctionVent sv && sv.getSuctionVentKind() == SuctionVentKind.VENT;
		double y = b.centerY();
		p.setForeground(LineStyle.SUCTION);
		p.setLineWidth(3);
		if (vent) {
			p.line(b.x() + 4, y, b.right() - 4, y);
			p.setBackground(FILL);
			for (double hole = b.x() + 10; hole < b.x() + 24; hole += 6) {
				p.oval(hole, y - 2, 4, 4, true);
			}
		} else {
			p.polyline(new double[] { b.right() - 4, y, b.x() + 16, y, b.x() + 8, y - 6, b.x() + 4, y - 10 });
		}
	}

}
