package org.eccworkbench.ui.editor.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.ui.editor.internal.diagram.Box;
import org.eccworkbench.ui.editor.internal.diagram.DiagramGeometry;
import org.eccworkbench.ui.editor.internal.diagram.DiagramRenderer;
import org.eccworkbench.ui.editor.internal.diagram.GcPainter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;

/** The diagram as a PNG image at 100 %, through SWT's ImageLoader. */
public final class PngExport {

	/** Images larger than this on a side are drawn smaller, to keep memory in bounds. */
	static final int MAX_SIDE = 8000;

	private PngExport() {
	}

	public static ImageData image(Display display, Circuit circuit) {
		Box extent = DiagramGeometry.extent(circuit).expand(SvgExport.MARGIN);
		double scale = Math.min(1, MAX_SIDE / Math.max(extent.width(), extent.height()));
		int width = Math.max(1, (int) Math.ceil(extent.width() * scale));
		int height = Math.max(1, (int) Math.ceil(extent.height() * scale));
		Image image = new Image(display, width, height);
		GC gc = new GC(image);
		try {
			gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(0, 0, width, height);
			GcPainter painter = new GcPainter(gc, scale, -extent.x() * scale, -extent.y() * scale);
			DiagramRenderer.paint(painter, circuit, DiagramRenderer.Options.export());
			painter.dispose();
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	public static void write(Circuit circuit, Path file) throws IOException {
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image(Display.getCurrent(), circuit) };
		try (OutputStream out = Files.newOutputStream(file)) {
			loader.save(out, SWT.IMAGE_PNG);
		}
	}
}
