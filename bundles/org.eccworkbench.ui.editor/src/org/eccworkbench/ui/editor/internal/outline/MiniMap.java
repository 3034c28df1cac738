package org.eccworkbench.ui.editor.internal.outline;

import java.util.Set;

import org.eccworkbench.ui.editor.internal.canvas.DiagramCanvas;
import org.eccworkbench.ui.editor.internal.diagram.Box;
import org.eccworkbench.ui.editor.internal.diagram.DiagramGeometry;
import org.eccworkbench.ui.editor.internal.diagram.DiagramRenderer;
import org.eccworkbench.ui.editor.internal.diagram.GcPainter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/** The whole circuit in miniature with the part the editor shows framed; a click recentres the editor. */
final class MiniMap {

	private static final double MARGIN = 10;

	private final Canvas canvas;
	private final DiagramCanvas diagram;

	MiniMap(Composite parent, DiagramCanvas diagram) {
		this.diagram = diagram;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
		canvas.addListener(SWT.Paint, e -> paint(e.gc));
		canvas.addListener(SWT.MouseDown, e -> recentre(e.x, e.y));
	}

	Canvas control() {
		return canvas;
	}

	private double[] transform() {
		Rectangle area = canvas.getClientArea();
		Box extent = DiagramGeometry.extent(diagram.controller().circuit()).expand(MARGIN);
		double scale = Math.min(area.width / Math.max(1, extent.width()), area.height / Math.max(1, extent.height()));
		return new double[] { scale, -extent.x() * scale, -extent.y() * scale };
	}

	private void paint(GC gc) {
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(canvas.getClientArea());
		double[] t = transform();
		GcPainter painter = new GcPainter(gc, t[0], t[1], t[2]);
		DiagramRenderer.paint(painter, diagram.controller().circuit(),
				new DiagramRenderer.Options(null, false, false, diagram.controller().selection().elements(), Set.of()));
		Rectangle area = diagram.control().getClientArea();
		Box shown = diagram.viewport().visible(area.width, area.height);
		painter.setForeground(new org.eclipse.swt.graphics.RGB(0, 120, 215));
		painter.setLineWidth(1 / t[0]);
		painter.rectangle(shown.x(), shown.y(), shown.width(), shown.height(), 0, false);
		painter.dispose();
	}

	private void recentre(int x, int y) {
		double[] t = transform();
		double diagramX = (x - t[1]) / t[0];
		double diagramY = (y - t[2]) / t[0];
		Rectangle area = diagram.control().getClientArea();
		double zoom = diagram.viewport().zoom();
		diagram.viewport().setOrigin(diagramX - area.width / 2.0 / zoom, diagramY - area.height / 2.0 / zoom);
		diagram.redraw();
		canvas.redraw();
	}

	void redraw() {
		if (!canvas.isDisposed()) {
			canvas.redraw();
		}
	}
}
