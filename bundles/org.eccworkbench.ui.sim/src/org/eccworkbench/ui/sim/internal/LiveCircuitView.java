package org.eccworkbench.ui.sim.internal;

import org.eccworkbench.ui.UiThrottle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.sim.AlarmId;
import org.eccworkbench.sim.SimulationSession;
import org.eccworkbench.ui.editor.CircuitDrawing;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/**
 * The circuit of the run, drawn as the editor draws it (lines coloured by role), its parts spread
 * apart so that each shows its live values in a tag beside it ({@link TagPlacer}): level at the reservoir, flow and speed at
 * the pump, pressures and outlet temperature at the oxygenator, and so on ({@link PartReadings}).
 * The parts an active alarm concerns are outlined red. Redrawn five times a second.
 */
public final class LiveCircuitView extends ViewPart {

	private static final int REDRAW_MILLIS = 200;
	/**
	 * How much further apart the parts are drawn than in the editor, across and down, to leave room
	 * for their values (more across: a view is wider than high, and values are wider than parts).
	 */
	static final double SPREAD_X = 1.5;
	static final double SPREAD_Y = 1.25;
	private static final int MARGIN = 12;
	private static final int LINE_HEIGHT = 12;
	private static final Color TEXT = new Color(20, 20, 20);
	private static final Color ALARM_TEXT = new Color(190, 0, 0);
	private static final Color PAPER = new Color(255, 255, 255);
	private static final Color TAG_BORDER = new Color(200, 200, 200);

	private final SimulationRun run = SimulationRun.get();
	private Canvas canvas;
	private Runnable observer;
	private Circuit source;
	private Circuit drawn;
	private PartReadings readings;
	private Font tagFont;

	@Override
	public void createPartControl(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		canvas.addListener(SWT.Paint, e -> paint(e.gc));
		observer = new UiThrottle(canvas, REDRAW_MILLIS, canvas::redraw);
		run.addObserver(observer);
	}

	/** The circuit drawn, its parts spread by {@link #SPREAD_X} and {@link #SPREAD_Y}; its readings. Rebuilt when the run's circuit changes. */
	private void follow(Circuit circuit) {
		if (circuit == source) {
			return;
		}
		source = circuit;
		if (circuit == null) {
			drawn = null;
			readings = null;
			return;
		}
		drawn = EcoreUtil.copy(circuit);
		for (Component component : drawn.getComponents()) {
			component.setX((int) Math.round(component.getX() * SPREAD_X));
			component.setY((int) Math.round(component.getY() * SPREAD_Y));
		}
		readings = new PartReadings(drawn, CatalogRegistry.withWorkspace());
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		gc.setBackground(PAPER);
		gc.fillRectangle(area);
		follow(run.circuit().orElse(null));
		SimulationSession session = run.session().orElse(null);
		if (drawn == null || session == null) {
			gc.setForeground(TEXT);
			gc.drawText(Messages.LiveCircuit_noRun, MARGIN, MARGIN, true);
			return;
		}
		double[] signals = session.signals();
		Set<AlarmId> active = session.activeAlarms();
		Set<Component> outlined = readings.partsOf(active);
		CircuitDrawing.Area extent = CircuitDrawing.extent(drawn);
		double zoom = Math.min((area.width - 2.0 * MARGIN) / Math.max(1, extent.width()),
				(area.height - 2.0 * MARGIN - 3 * LINE_HEIGHT) / Math.max(1, extent.height()));
		zoom = Math.max(0.2, Math.min(1.5, zoom));
		double offsetX = MARGIN - extent.x() * zoom;
		double offsetY = MARGIN - extent.y() * zoom;
		CircuitDrawing.paint(gc, drawn, zoom, offsetX, offsetY, false, outlined);
		gc.setFont(tagFont());
		int lineHeight = gc.getFontMetrics().getHeight();
		List<TagPlacer.Rect> boxes = new ArrayList<>();
		for (Component part : drawn.getComponents()) {
			boxes.add(device(CircuitDrawing.bounds(part), zoom, offsetX, offsetY));
		}
		TagPlacer placer = new TagPlacer(boxes, new TagPlacer.Rect(0, 0, area.width, area.height));
		for (Component part : readings.parts()) {
			List<String> lines = readings.readings(part).stream().map(r -> r.format(signals)).toList();
			int width = 0;
			for (String line : lines) {
				width = Math.max(width, gc.textExtent(line).x);
			}
			TagPlacer.Rect tag = placer.place(device(CircuitDrawing.bounds(part), zoom, offsetX, offsetY), width + 4,
					lines.size() * lineHeight + 2);
			int x = (int) Math.round(tag.x());
			int y = (int) Math.round(tag.y());
			gc.setBackground(PAPER);
			gc.fillRectangle(x, y, (int) tag.width(), (int) tag.height());
			gc.setForeground(TAG_BORDER);
			gc.drawRectangle(x, y, (int) tag.width(), (int) tag.height());
			gc.setForeground(outlined.contains(part) ? ALARM_TEXT : TEXT);
			for (String line : lines) {
				gc.drawText(line, x + 2, y + 1, true);
				y += lineHeight;
			}
		}
	}

	private static TagPlacer.Rect device(CircuitDrawing.Area box, double zoom, double offsetX, double offsetY) {
		return new TagPlacer.Rect(offsetX + box.x() * zoom, offsetY + box.y() * zoom, box.width() * zoom, box.height() * zoom);
	}

	/** A font two points smaller than the view's, for the value tags. */
	private Font tagFont() {
		if (tagFont == null) {
			FontData data = canvas.getFont().getFontData()[0];
			tagFont = new Font(canvas.getDisplay(), data.getName(), Math.max(6, data.getHeight() - 2), SWT.NORMAL);
		}
		return tagFont;
	}

	/** For the tests: the parts outlined now. */
	Set<Component> outlinedParts() {
		follow(run.circuit().orElse(null));
		SimulationSession session = run.session().orElse(null);
		return readings == null || session == null ? Set.of() : readings.partsOf(session.activeAlarms());
	}

	/** For the tests: the values shown at the part of {@code id}. */
	List<String> valuesAt(String id) {
		follow(run.circuit().orElse(null));
		SimulationSession session = run.session().orElse(null);
		if (readings == null || session == null) {
			return List.of();
		}
		double[] signals = session.signals();
		return readings.parts().stream().filter(p -> id.equals(p.getId())).findFirst()
				.map(p -> readings.readings(p).stream().map(r -> r.format(signals)).toList()).orElse(List.of());
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}

	@Override
	public void dispose() {
		run.removeObserver(observer);
		if (tagFont != null) {
			tagFont.dispose();
		}
		super.dispose();
	}
}
