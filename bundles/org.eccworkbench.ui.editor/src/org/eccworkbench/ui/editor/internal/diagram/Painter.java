package org.eccworkbench.ui.editor.internal.diagram;

import org.eclipse.swt.graphics.RGB;

/**
 * What a figure draws with, in diagram pixels (100 % zoom). The canvas paints through an SWT
 * {@code GC}, the SVG export through a writer: both render the same figures.
 */
public interface Painter {

	/** Where a text is placed relative to its point. */
	enum Anchor {
		START, MIDDLE, END
	}

	void setForeground(RGB color);

	void setBackground(RGB color);

	void setLineWidth(double width);

	/** Dashed lines until called again with {@code false}. */
	void setDashed(boolean dashed);

	/** Hard edges for straight, pixel-aligned lines such as the grid; a hint, writers may ignore it. */
	default void setSmooth(boolean smooth) {
	}

	void line(double x1, double y1, double x2, double y2);

	void polyline(double[] points);

	void rectangle(double x, double y, double width, double height, double arc, boolean fill);

	void oval(double x, double y, double width, double height, boolean fill);

	void polygon(double[] points, boolean fill);

	/** One line of text whose baseline is at {@code y}, in the given size in diagram pixels. */
	void text(String text, double x, double y, double size, Anchor anchor);

	/**
	 * One line of text centred on {@code centreX}, on a ground of colour {@code ground} about
	 * {@code width} wide (what a writer that cannot measure text uses), so that it stays readable
	 * over the lines behind it.
	 */
	default void groundedText(String text, double centreX, double baseline, double size, RGB ground, double width) {
		setBackground(ground);
		rectangle(centreX - width / 2, baseline - size, width, size + 3, 0, true);
		text(text, centreX, baseline, size, Anchor.MIDDLE);
	}
}
