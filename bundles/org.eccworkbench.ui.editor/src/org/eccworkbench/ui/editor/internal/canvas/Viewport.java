package org.eccworkbench.ui.editor.internal.canvas;

import org.eccworkbench.ui.editor.internal.diagram.Box;

/** Zoom and pan: which part of the diagram the canvas shows, and how large. */
public final class Viewport {

	public static final double MIN_ZOOM = 0.1;
	public static final double MAX_ZOOM = 4;
	private static final double FIT_MARGIN = 30;

	private double zoom = 1;
	/** The diagram point at the canvas's top-left corner. */
	private double originX;
	private double originY;

	public double zoom() {
		return zoom;
	}

	public double originX() {
		return originX;
	}

	public double originY() {
		return originY;
	}

	public double toDiagramX(double screenX) {
		return originX + screenX / zoom;
	}

	public double toDiagramY(double screenY) {
		return originY + screenY / zoom;
	}

	public double toScreenX(double diagramX) {
		return (diagramX - originX) * zoom;
	}

	public double toScreenY(double diagramY) {
		return (diagramY - originY) * zoom;
	}

	/** The diagram area a canvas of that size shows. */
	public Box visible(int width, int height) {
		return new Box(originX, originY, width / zoom, height / zoom);
	}

	/** Zooms by {@code factor}, keeping the diagram point under the screen point where it is. */
	public void zoomAt(double factor, double screenX, double screenY) {
		double x = toDiagramX(screenX);
		double y = toDiagramY(screenY);
		zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * factor));
		originX = x - screenX / zoom;
		originY = y - screenY / zoom;
	}

	public void setZoom(double value) {
		zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
	}

	/** Moves the view by a distance in screen pixels. */
	public void panBy(double screenDx, double screenDy) {
		originX -= screenDx / zoom;
		originY -= screenDy / zoom;
	}

	public void setOrigin(double x, double y) {
		originX = x;
		originY = y;
	}

	/** The largest zoom fitting a small circuit to the window goes to. */
	public static final double MAX_FIT_ZOOM = 2;

	/** Shows all of {@code extent} in a canvas of that size, at no more than {@link #MAX_FIT_ZOOM}. */
	public void fit(Box extent, int width, int height) {
		if (extent.width() <= 0 || extent.height() <= 0 || width <= 0 || height <= 0) {
			zoom = 1;
			originX = extent.x() - FIT_MARGIN;
			originY = extent.y() - FIT_MARGIN;
			return;
		}
		double scale = Math.min((width - 2 * FIT_MARGIN) / extent.width(), (height - 2 * FIT_MARGIN) / extent.height());
		zoom = Math.max(MIN_ZOOM, Math.min(MAX_FIT_ZOOM, scale));
		originX = extent.centerX() - width / 2.0 / zoom;
		originY = extent.centerY() - height / 2.0 / zoom;
	}
}
