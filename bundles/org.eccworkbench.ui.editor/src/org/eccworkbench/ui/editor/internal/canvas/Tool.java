package org.eccworkbench.ui.editor.internal.canvas;

import org.eccworkbench.ui.editor.internal.diagram.Painter;

/** A way of using the mouse on the diagram. Coordinates are diagram pixels. */
interface Tool {

	void mouseDown(double x, double y, int button, int stateMask);

	void mouseMove(double x, double y);

	void mouseUp(double x, double y);

	/** Draws the gesture in progress over the diagram. */
	void paintFeedback(Painter painter);

	/** Abandons the gesture in progress (Escape). */
	void cancel();
}
