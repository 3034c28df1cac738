package org.eccworkbench.ui.editor.internal.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.ui.editor.internal.diagram.Box;
import org.eccworkbench.ui.editor.internal.diagram.DiagramGeometry;
import org.eccworkbench.ui.editor.internal.diagram.DiagramRenderer;

/** The diagram as an SVG document, drawn by the same figures as the canvas. */
public final class SvgExport {

	static final double MARGIN = 20;

	private SvgExport() {
	}

	public static String svg(Circuit circuit) {
		Box extent = DiagramGeometry.extent(circuit).expand(MARGIN);
		SvgPainter painter = new SvgPainter();
		DiagramRenderer.paint(painter, circuit, DiagramRenderer.Options.export());
		String title = circuit.getName() == null ? "" : SvgPainter.escape(circuit.getName()); //$NON-NLS-1$
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" //$NON-NLS-1$
				+ "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + SvgPainter.n(extent.width()) + "\" height=\"" //$NON-NLS-1$ //$NON-NLS-2$
				+ SvgPainter.n(extent.height()) + "\" viewBox=\"" + SvgPainter.n(extent.x()) + " " //$NON-NLS-1$ //$NON-NLS-2$
				+ SvgPainter.n(extent.y()) + " " + SvgPainter.n(extent.width()) + " " + SvgPainter.n(extent.height()) //$NON-NLS-1$ //$NON-NLS-2$
				+ "\">\n<title>" + title + "</title>\n<rect x=\"" + SvgPainter.n(extent.x()) + "\" y=\"" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ SvgPainter.n(extent.y()) + "\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n" //$NON-NLS-1$
				+ painter.body() + "</svg>\n"; //$NON-NLS-1$
	}

	public static void write(Circuit circuit, Path file) throws IOException {
		Files.writeString(file, svg(circuit), StandardCharsets.UTF_8);
	}
}
