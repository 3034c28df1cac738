package org.eccworkbench.ui.editor.internal.diagram;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;

/**
 * Paints on an SWT {@code GC} through a zoom-and-pan transform. Fonts are shared and released
 * with the display; colours are plain {@code Color}s, which need no disposal.
 */
public final class GcPainter implements Painter {

	private final GC gc;
	private final Transform transform;
	private final double zoom;
	/** Fonts by point size, shared by every painter of the display and released with it. */
	private static final Map<Integer, Font> FONTS = new HashMap<>();
	private final Map<RGB, Color> colors = new HashMap<>();
	private final String fontName;
	private final double offsetX;
	private final double offsetY;

	/** Draws diagram pixel (x, y) at device (offsetX + x * zoom, offsetY + y * zoom). */
	public GcPainter(GC gc, double zoom, double offsetX, double offsetY) {
		this.gc = gc;
		this.zoom = zoom;
		this.offsetX = offsetX;
		this.offsetY = offsetY;
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		transform = new Transform(gc.getDevice());
		transform.translate((float) offsetX, (float) offsetY);
		transform.scale((float) zoom, (float) zoom);
		gc.setTransform(transform);
		gc.setLineJoin(SWT.JOIN_ROUND);
		gc.setLineCap(SWT.CAP_ROUND);
		fontName = gc.getDevice().getSystemFont().getFontData()[0].getName();
	}

	private Color color(RGB rgb) {
		return colors.computeIfAbsent(rgb, c -> new Color(c));
	}

	@Override
	public void setForeground(RGB color) {
		gc.setForeground(color(color));
	}

	@Override
	public void setBackground(RGB color) {
		gc.setBackground(color(color));
	}

	@Override
	public void setLineWidth(double width) {
		gc.setLineAttributes(new org.eclipse.swt.graphics.LineAttributes((float) width, SWT.CAP_ROUND, SWT.JOIN_ROUND,
				gc.getLineStyle(), null, 0, 10));
	}

	@Override
	public void setSmooth(boolean smooth) {
		gc.setAntialias(smooth ? SWT.ON : SWT.OFF);
	}

	@Override
	public void setDashed(boolean dashed) {
		gc.setLineStyle(dashed ? SWT.LINE_DASH : SWT.LINE_SOLID);
	}

	@Override
	public void line(double x1, double y1, double x2, double y2) {
		gc.drawLine(round(x1), round(y1), round(x2), round(y2));
	}

	@Override
	public void polyline(double[] points) {
		gc.drawPolyline(ints(points));
	}

	@Override
	public void rectangle(double x, double y, double width, double height, double arc, boolean fill) {
		int a = round(arc);
		if (a == 0) {
			// a plain rectangle (label grounds) is much cheaper than a round one of radius 0
			if (fill) {
				gc.fillRectangle(round(x), round(y), round(width), round(height));
			} else {
				gc.drawRectangle(round(x), round(y), round(width), round(height));
			}
			return;
		}
		if (fill) {
			gc.fillRoundRectangle(round(x), round(y), round(width), round(height), a, a);
		} else {
			gc.drawRoundRectangle(round(x), round(y), round(width), round(height), a, a);
		}
	}

	@Override
	public void oval(double x, double y, double width, double height, boolean fill) {
		if (fill) {
			gc.fillOval(round(x), round(y), round(width), round(height));
		} else {
			gc.drawOval(round(x), round(y), round(width), round(height));
		}
	}

	@Override
	public void polygon(double[] points, boolean fill) {
		if (fill) {
			gc.fillPolygon(ints(points));
		} else {
			gc.drawPolygon(ints(points));
		}
	}

	@Override
	public void text(String text, double x, double y, double size, Anchor anchor) {
		if (size * zoom < 5 || text.isEmpty()) {
			return;
		}
		draw(text, x, y, size, anchor, null);
	}

	/** The ground is drawn by SWT with the text itself, exactly as large as the text. */
	@Override
	public void groundedText(String text, double centreX, double baseline, double size, RGB ground, double width) {
		if (size * zoom < 5 || text.isEmpty()) {
			return;
		}
		draw(text, centreX, baseline, size, Anchor.MIDDLE, ground);
	}

	/**
	 * Text is drawn in device pixels, out of the zoom transform, in a font of the zoomed size: text
	 * through a transform is much slower to draw (docs/performance.md).
	 */
	private void draw(String text, double x, double y, double size, Anchor anchor, RGB ground) {
		Font font = font(size * zoom);
		gc.setTransform(null);
		try {
			if (gc.getFont() != font) {
				// setting even the same font again makes SWT lay the next text out anew
				gc.setFont(font);
			}
			// measuring is as slow as drawing: each text is measured once per font
			String key = font.hashCode() + "\n" + text; //$NON-NLS-1$
			Point extent = EXTENTS.get(key);
			if (extent == null) {
				if (EXTENTS.size() > 8192) {
					EXTENTS.clear();
				}
				extent = gc.textExtent(text);
				EXTENTS.put(key, extent);
			}
			Integer ascent = ASCENTS.get(font);
			if (ascent == null) {
				ascent = gc.getFontMetrics().getAscent();
				ASCENTS.put(font, ascent);
			}
			double deviceX = offsetX + x * zoom;
			double left = switch (anchor) {
			case START -> deviceX;
			case MIDDLE -> deviceX - extent.x / 2.0;
			case END -> deviceX - extent.x;
			};
			if (ground != null) {
				gc.setBackground(color(ground));
			}
			gc.drawString(text, round(left), round(offsetY + y * zoom - ascent), ground == null);
		} finally {
			gc.setTransform(transform);
		}
	}

	private static final Map<String, Point> EXTENTS = new ConcurrentHashMap<>();
	private static final Map<Font, Integer> ASCENTS = new ConcurrentHashMap<>();

	/** A font {@code size} diagram pixels high: at 96 dpi a point is 4/3 of a pixel. */
	private Font font(double size) {
		int points = Math.max(1, (int) Math.round(size * 0.75));
		synchronized (FONTS) {
			Font font = FONTS.get(points);
			if (font == null || font.isDisposed()) {
				font = new Font(gc.getDevice(), new FontData(fontName, points, SWT.NORMAL));
				FONTS.put(points, font);
				if (gc.getDevice() instanceof Display display) {
					Font created = font;
					display.disposeExec(created::dispose);
				}
			}
			return font;
		}
	}

	public void dispose() {
		gc.setTransform(null);
		transform.dispose();
	}

	private static int round(double value) {
		return (int) Math.round(value);
	}

	private static int[] ints(double[] points) {
		int[] result = new int[points.length];
		for (int i = 0; i < points.length; i++) {
			result[i] = round(points[i]);
		}
		return result;
	}
}
