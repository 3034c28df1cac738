package org.eccworkbench.ui.editor.internal.diagram.figures;

import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Oxygenator;
import org.eccworkbench.ui.editor.internal.diagram.Box;
import org.eccworkbench.ui.editor.internal.diagram.LineStyle;
import org.eccworkbench.ui.editor.internal.diagram.Painter;

/** A membrane oxygenator: the fibre bundle, gas compartment on top and the heat exchanger at the bottom. */
final class OxygenatorFigure extends SymbolFigure {

	OxygenatorFigure() {
		super(70, 90);
	}

	@Override
	public void paint(Painter p, Box b, Component c) {
		double x = b.x() + 4, y = b.y() + 4, w = b.width() - 8, h = b.height() - 8;
		p.setBackground(FILL);
		p.rectangle(x, y, w, h, 10, true);
		p.setForeground(LineStyle.GAS);
		p.setLineWidth(1);
		for (double line = y + 10; line < y + h * 0.7; line += 6) {
			p.line(x + 6, line, x + w - 6, line);
		}
		boolean heatExchanger = !(c instanceof Oxygenator oxygenator) || oxygenator.isHeatExchanger();
		if (heatExchanger) {
			p.setBackground(new org.eclipse.swt.graphics.RGB(210, 240, 245));
			p.rectangle(x + 4, y + h * 0.74, w - 8, h * 0.2, 4, true);
			p.setForeground(LineStyle.WATER);
			p.rectangle(x + 4, y + h * 0.74, w - 8, h * 0.2, 4, false);
		}
		p.setForeground(OUTLINE);
		p.setLineWidth(2);
		p.rectangle(x, y, w, h, 10, false);
	}
}
