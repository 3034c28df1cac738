package org.eccworkbench.ui.editor.internal.diagram.figures;

import org.eccworkbench.model.circuit.Cannula;
import org.eccworkbench.model.circuit.CannulaKind;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.ui.editor.internal.diagram.Box;
import org.eccworkbench.ui.editor.internal.diagram.LineStyle;
import org.eccworkbench.ui.editor.internal.diagram.Painter;

/** A cannula: a tapered tube with its tip towards the patient, blue when it drains, red when it returns. */
final class CannulaFigure extends SymbolFigure {

	CannulaFigure() {
		super(60, 24);
	}

	static boolean venous(Component c) {
		if (!(c instanceof Cannula cannula) || cannula.getCannulaKind() == null) {
			return false;
		}
		CannulaKind kind = cannula.getCannulaKind();
		return kind != CannulaKind.AORTIC && kind != CannulaKind.FEMORAL_ARTERIAL;
	}

	@Override
	public void paint(Painter p, Box b, Component c) {
		boolean venous = venous(c);
		double y = b.centerY(), x = b.x(), w = b.width();
		double tipX = venous ? x + 4 : x + w - 4;
		double baseX = venous ? x + w - 4 : x + 4;
		double[] body = { baseX, y - 8, tipX + (venous ? 14 : -14), y - 5, tipX, y - 2, tipX, y + 2,
				tipX + (venous ? 14 : -14), y + 5, baseX, y + 8 };
		p.setBackground(venous ? LineStyle.VENOUS : LineStyle.ARTERIAL);
		p.polygon(body, true);
		p.setForeground(OUTLINE);
		p.setLineWidth(1.5);
		p.polygon(body, false);
	}
}
