package org.eccworkbench.ui.editor.internal.canvas;

import java.util.Set;

import org.eccworkbench.ui.editor.internal.diagram.Box;
import org.eccworkbench.ui.editor.internal.diagram.DiagramGeometry;
import org.eccworkbench.ui.editor.internal.diagram.DiagramRenderer;
import org.eccworkbench.ui.editor.internal.diagram.GcPainter;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * The schematic: an SWT canvas that paints the circuit through {@link DiagramRenderer} and turns
 * mouse and keyboard input into {@link DiagramController} actions. Wheel scrolls, Ctrl+wheel
 * zooms, the middle button pans.
 */
public final class DiagramCanvas {

	private static final double ZOOM_STEP = 1.25;

	private final Canvas canvas;
	private final DiagramController controller;
	private final Viewport viewport = new Viewport();
	private Tool tool;
	private boolean grid = true;
	private Set<? extends EObject> flagged = Set.of();
	private int panX = -1;
	private int panY = -1;

	public DiagramCanvas(Composite parent, DiagramController controller) {
		this.controller = controller;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.BORDER);
		canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		tool = new SelectTool(controller, false);
		canvas.addListener(SWT.Paint, e -> paint(e.gc, canvas.getClientArea()));
		canvas.addListener(SWT.MouseDown, this::mouseDown);
		canvas.addListener(SWT.MouseMove, this::mouseMove);
		canvas.addListener(SWT.MouseUp, this::mouseUp);
		canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
		canvas.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				e.doit = false;
			}
		});
		canvas.addListener(SWT.KeyDown, new DiagramKeys(this, controller)::handle);
		controller.selection().addListener(canvas::redraw);
		DiagramMenu.install(this);
	}

	public Canvas control() {
		return canvas;
	}

	public Viewport viewport() {
		return viewport;
	}

	public DiagramController controller() {
		return controller;
	}

	/** Select (drag moves parts) or connect (drag from port to port, parts stay put). */
	public void setConnectMode(boolean connect) {
		tool.cancel();
		tool = new SelectTool(controller, connect);
	}

	public void setGrid(boolean visible) {
		grid = visible;
		canvas.redraw();
	}

	public boolean grid() {
		return grid;
	}

	/** The elements the validator reports, outlined in red. */
	public void setFlagged(Set<? extends EObject> elements) {
		flagged = Set.copyOf(elements);
		canvas.redraw();
	}

	public Set<? extends EObject> flagged() {
		return flagged;
	}

	public void redraw() {
		if (!canvas.isDisposed()) {
			canvas.redraw();
		}
	}

	public void zoom(double factor) {
		Rectangle area = canvas.getClientArea();
		viewport.zoomAt(factor, area.width / 2.0, area.height / 2.0);
		canvas.redraw();
	}

	public void zoomIn() {
		zoom(ZOOM_STEP);
	}

	public void zoomOut() {
		zoom(1 / ZOOM_STEP);
	}

	public void actualSize() {
		zoom(1 / viewport.zoom());
	}

	/** Shows the whole circuit. */
	public void fit() {
		Rectangle area = canvas.getClientArea();
		viewport.fit(DiagramGeometry.extent(controller.circuit()), area.width, area.height);
		canvas.redraw();
	}

	/** Paints the diagram as the canvas shows it into {@code gc}; also what a benchmark times. */
	public void paint(GC gc, Rectangle area) {
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(area);
		GcPainter painter = new GcPainter(gc, viewport.zoom(), -viewport.originX() * viewport.zoom(),
				-viewport.originY() * viewport.zoom());
		try {
			Box visible = viewport.visible(area.width, area.height);
			DiagramRenderer.paint(painter, controller.circuit(), new DiagramRenderer.Options(visible, grid,
					viewport.zoom() >= 0.4, controller.selection().elements(), flagged));
			tool.paintFeedback(painter);
		} finally {
			painter.dispose();
		}
	}

	private void mouseDown(Event e) {
		canvas.setFocus();
		if (e.button == 2) {
			panX = e.x;
			panY = e.y;
			return;
		}
		tool.mouseDown(viewport.toDiagramX(e.x), viewport.toDiagramY(e.y), e.button, e.stateMask);
		canvas.redraw();
	}

	private void mouseMove(Event e) {
		if (panX >= 0) {
			viewport.panBy(e.x - panX, e.y - panY);
			panX = e.x;
			panY = e.y;
			canvas.redraw();
			return;
		}
		if ((e.stateMask & SWT.BUTTON1) != 0) {
			tool.mouseMove(viewport.toDiagramX(e.x), viewport.toDiagramY(e.y));
			canvas.redraw();
		}
	}

	private void mouseUp(Event e) {
		if (e.button == 2) {
			panX = panY = -1;
			return;
		}
		tool.mouseUp(viewport.toDiagramX(e.x), viewport.toDiagramY(e.y));
		canvas.redraw();
	}

	private void wheel(Event e) {
		if ((e.stateMask & SWT.MOD1) != 0) {
			viewport.zoomAt(e.count > 0 ? ZOOM_STEP : 1 / ZOOM_STEP, e.x, e.y);
		} else if ((e.stateMask & SWT.SHIFT) != 0) {
			viewport.panBy(e.count * 20, 0);
		} else {
			viewport.panBy(0, e.count * 20);
		}
		canvas.redraw();
	}

	void cancelGesture() {
		tool.cancel();
		canvas.redraw();
	}
}
