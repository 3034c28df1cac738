package org.eccworkbench.ui.editor.internal.diagram;

/**
 * Model positions ({@code Component.x/y}) are in 1/100 of a grid cell; the diagram draws in
 * pixels at 100 % zoom, a grid cell being {@link #GRID_PX} pixels.
 */
public final class DiagramUnits {

	public static final int GRID_PX = 20;
	public static final int UNITS_PER_CELL = 100;

	private DiagramUnits() {
	}

	public static double toPixels(int units) {
		return units * (double) GRID_PX / UNITS_PER_CELL;
	}

	public static int toUnits(double pixels) {
		return (int) Math.round(pixels * UNITS_PER_CELL / GRID_PX);
	}

	/** The nearest grid line, in pixels. */
	public static double snap(double pixels) {
		return Math.round(pixels / GRID_PX) * (double) GRID_PX;
	}
}
