package org.eccworkbench.ui.editor.internal.diagram.figures;

import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.ui.editor.internal.diagram.Box;
import org.eccworkbench.ui.editor.internal.diagram.Painter;

/** A tubing connector: a small ring. */
final class ConnectorFigure extends SymbolFigure {

	ConnectorFigure() {
		super(20, 20);
	}

	@Override
	public void paint(Painter p, Box b, Component c) {
		p.setBackground(ACCENT);
		p.oval(b.x() + 4, b.y() + 4, b.width() - 8, b.height() - 8, true);
		p.setForeground(OUTLINE);
		p.setLineWidth(1.5);
		p.oval(b.x() + 4, b.y() + 4, b.width() - 8, b.height() - 8, false);
	}
}
