package org.eccworkbench.ui.editor.internal.export;

import java.util.Locale;

import org.eccworkbench.ui.editor.internal.diagram.Painter;
import org.eclipse.swt.graphics.RGB;

/** Writes what the figures draw as SVG elements. */
public final class SvgPainter implements Painter {

	private final StringBuilder out = new StringBuilder();
	private RGB foreground = new RGB(0, 0, 0);
	private RGB background = new RGB(255, 255, 255);
	private double lineWidth = 1;
	private boolean dashed;

	public String body() {
		return out.toString();
	}

	@Override
	public void setForeground(RGB color) {
		foreground = color;
	}

	@Override
	public void setBackground(RGB color) {
		background = color;
	}

	@Override
	public void setLineWidth(double width) {
		lineWidth = width;
	}

	@Override
	public void setDashed(boolean value) {
		dashed = value;
	}

	@Override
	public void line(double x1, double y1, double x2, double y2) {
		out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append("\" y2=\"").append(n(y2)).append('"').append(stroke()).append("/>\n"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public void polyline(double[] points) {
		out.append("<polyline points=\"").append(points(points)).append("\" fill=\"none\"").append(stroke()) //$NON-NLS-1$ //$NON-NLS-2$
				.append("/>\n"); //$NON-NLS-1$
	}

	@Override
	public void rectangle(double x, double y, double width, double height, double arc, boolean fill) {
		out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(width)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append("\" height=\"").append(n(height)).append("\" rx=\"").append(n(arc / 2)).append('"') //$NON-NLS-1$ //$NON-NLS-2$
				.append(paint(fill)).append("/>\n"); //$NON-NLS-1$
	}

	@Override
	public void oval(double x, double y, double width, double height, boolean fill) {
		out.append("<ellipse cx=\"").append(n(x + width / 2)).append("\" cy=\"").append(n(y + height / 2)) //$NON-NLS-1$ //$NON-NLS-2$
				.append("\" rx=\"").append(n(width / 2)).append("\" ry=\"").append(n(height / 2)).append('"') //$NON-NLS-1$ //$NON-NLS-2$
				.append(paint(fill)).append("/>\n"); //$NON-NLS-1$
	}

	@Override
	public void polygon(double[] points, boolean fill) {
		out.append("<polygon points=\"").append(points(points)).append('"').append(paint(fill)).append("/>\n"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public void text(String text, double x, double y, double size, Anchor anchor) {
		String position = switch (anchor) {
		case START -> "start"; //$NON-NLS-1$
		case MIDDLE -> "middle"; //$NON-NLS-1$
		case END -> "end"; //$NON-NLS-1$
		};
		out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(size)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append("\" font-family=\"sans-serif\" text-anchor=\"").append(position).append("\" fill=\"") //$NON-NLS-1$ //$NON-NLS-2$
				.append(hex(foreground)).append("\">").append(escape(text)).append("</text>\n"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private String paint(boolean fill) {
		return fill ? " fill=\"" + hex(background) + "\" stroke=\"none\"" : " fill=\"none\"" + stroke(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private String stroke() {
		return " stroke=\"" + hex(foreground) + "\" stroke-width=\"" + n(lineWidth) //$NON-NLS-1$ //$NON-NLS-2$
				+ "\" stroke-linecap=\"round\" stroke-linejoin=\"round\"" //$NON-NLS-1$
				+ (dashed ? " stroke-dasharray=\"" + n(lineWidth * 3) + " " + n(lineWidth * 2) + "\"" : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static String points(double[] points) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i + 1 < points.length; i += 2) {
			text.append(i == 0 ? "" : " ").append(n(points[i])).append(',').append(n(points[i + 1])); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return text.toString();
	}

	static String n(double value) {
		return String.format(Locale.ROOT, "%.1f", value); //$NON-NLS-1$
	}

	private static String hex(RGB color) {
		return String.format(Locale.ROOT, "#%02x%02x%02x", color.red, color.green, color.blue); //$NON-NLS-1$
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	}
}
