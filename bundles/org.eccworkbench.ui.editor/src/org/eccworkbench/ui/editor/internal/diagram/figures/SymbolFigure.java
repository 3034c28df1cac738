package org.eccworkbench.ui.editor.internal.diagram.figures;

import org.eccworkbench.ui.editor.internal.diagram.ComponentFigure;

/** A figure of a fixed size. */
abstract class SymbolFigure implements ComponentFigure {

	private final double width;
	private final double height;

	SymbolFigure(double width, double height) {
		this.width = width;
		this.height = height;
	}

	@Override
	public final double width() {
		return width;
	}

	@Override
	public final double height() {
		return height;
	}
}
