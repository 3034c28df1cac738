package org.eccworkbench.ui.editor.internal.diagram;

import org.eccworkbench.model.circuit.Component;
import org.eclipse.swt.graphics.RGB;

/** The symbol of one kind of component, drawn inside its box; the renderer adds ports and label. */
public interface ComponentFigure {

	RGB OUTLINE = new RGB(60, 60, 70);
	RGB FILL = new RGB(245, 247, 250);
	RGB ACCENT = new RGB(200, 210, 225);

	/** Width of the box in diagram pixels. */
	double width();

	/** Height of the box in diagram pixels. */
	double height();

	void paint(Painter painter, Box box, Component component);
}
