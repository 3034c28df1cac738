package org.eccworkbench.ui.editor.internal.diagram;

import java.util.Set;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.Port;
import org.eccworkbench.model.circuit.Sensor;
import org.eccworkbench.ui.editor.internal.diagram.PortLayout.Anchor;
import org.eccworkbench.ui.editor.internal.diagram.figures.FigureLibrary;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.RGB;

/**
 * Draws a circuit: grid, tube segments, parts with their ports and labels, selection and problem
 * decorations. Only what meets {@link Options#visible()} is drawn.
 */
public final class DiagramRenderer {

	/** What to draw. {@code visible} is in diagram pixels; {@code null} draws everything. */
	public record Options(Box visible, boolean grid, boolean labels, Set<? extends EObject> selection,
			Set<? extends EObject> flagged) {

		public static Options export() {
			return new Options(null, false, true, Set.of(), Set.of());
		}
	}

	private static final RGB GRID = new RGB(234, 238, 244);
	private static final RGB SELECTION = new RGB(0, 120, 215);
	private static final RGB PROBLEM = new RGB(220, 0, 0);
	private static final RGB LABEL = new RGB(40, 40, 40);
	private static final RGB PORT_FREE = new RGB(255, 255, 255);
	/** About the average width of a label character, in pixels: the width of the ground under a label. */
	private static final double HALO_CHARACTER = 0.52 * Labels.LABEL_SIZE;

	private DiagramRenderer() {
	}

	public static void paint(Painter p, Circuit circuit, Options options) {
		Box visible = options.visible();
		if (options.grid() && visible != null) {
			paintGrid(p, visible);
		}
		for (Connection connection : circuit.getConnections()) {
			double[] route = DiagramGeometry.route(connection);
			if (route.length == 0 || visible != null && !DiagramGeometry.routeBounds(route).expand(8).intersects(visible)) {
				continue;
			}
			paintConnection(p, connection, route, options);
		}
		for (Component component : circuit.getComponents()) {
			if (component instanceof Sensor sensor && sensor.getAttachedTo() != null) {
				paintAttachment(p, sensor, visible);
			}
		}
		for (Component component : circuit.getComponents()) {
			Box box = DiagramGeometry.bounds(component);
			if (visible != null && !Labels.reach(box).expand(PortLayout.PORT_RADIUS).intersects(visible)) {
				continue;
			}
			paintComponent(p, component, box, options);
		}
	}

	/** A thin dotted lead from a sensor to the line or part it measures. */
	private static void paintAttachment(Painter p, Sensor sensor, Box visible) {
		Box box = DiagramGeometry.bounds(sensor);
		double[] target = DiagramGeometry.attachmentPoint(sensor.getAttachedTo());
		if (target == null) {
			return;
		}
		Box lead = Box.spanning(box.centerX(), box.centerY(), target[0], target[1]);
		if (visible != null && !lead.expand(2).intersects(visible)) {
			return;
		}
		p.setForeground(ComponentFigure.OUTLINE);
		p.setLineWidth(1);
		p.setDashed(true);
		p.line(box.centerX(), box.centerY(), target[0], target[1]);
		p.setDashed(false);
		p.setBackground(ComponentFigure.OUTLINE);
		p.oval(target[0] - 2.5, target[1] - 2.5, 5, 5, true);
	}

	private static void paintGrid(Painter p, Box visible) {
		p.setForeground(GRID);
		p.setLineWidth(1);
		p.setDashed(false);
		p.setSmooth(false);
		double step = DiagramUnits.GRID_PX;
		for (double x = Math.floor(visible.x() / step) * step; x <= visible.right(); x += step) {
			p.line(x, visible.y(), x, visible.bottom());
		}
		for (double y = Math.floor(visible.y() / step) * step; y <= visible.bottom(); y += step) {
			p.line(visible.x(), y, visible.right(), y);
		}
		p.setSmooth(true);
	}

	private static void paintConnection(Painter p, Connection connection, double[] route, Options options) {
		double width = LineStyle.width(connection);
		if (options.selection().contains(connection)) {
			p.setForeground(SELECTION);
			p.setDashed(false);
			p.setLineWidth(width + 5);
			p.polyline(route);
		} else if (options.flagged().contains(connection)) {
			p.setForeground(PROBLEM);
			p.setDashed(true);
			p.setLineWidth(width + 4);
			p.polyline(route);
		}
		p.setForeground(LineStyle.color(connection.getRole()));
		p.setDashed(LineStyle.dashed(connection.getRole()));
		p.setLineWidth(width);
		p.polyline(route);
		p.setDashed(false);
	}

	private static void paintComponent(Painter p, Component component, Box box, Options options) {
		FigureLibrary.figureFor(component).paint(p, box, component);
		p.setDashed(false);
		for (Port port : component.getPorts()) {
			Anchor anchor = PortLayout.anchor(port, box);
			double r = PortLayout.PORT_RADIUS;
			p.setBackground(PORT_FREE);
			p.oval(anchor.x() - r, anchor.y() - r, 2 * r, 2 * r, true);
			p.setForeground(ComponentFigure.OUTLINE);
			p.setLineWidth(1);
			p.oval(anchor.x() - r, anchor.y() - r, 2 * r, 2 * r, false);
		}
		if (options.labels()) {
			p.setForeground(LABEL);
			double baseline = Labels.firstBaseline(component, box);
			for (String line : Labels.lines(component)) {
				// a white ground under the text keeps it readable where a line passes behind it
				p.groundedText(line, box.centerX(), baseline, Labels.LABEL_SIZE, PORT_FREE,
						line.length() * HALO_CHARACTER + 4);
				baseline += Labels.LINE_HEIGHT;
			}
		}
		if (options.flagged().contains(component)) {
			// solid and square: a dashed or rounded stroke costs cairo several times more (docs/performance.md)
			p.setForeground(PROBLEM);
			p.setLineWidth(1.5);
			p.rectangle(box.x() - 3, box.y() - 3, box.width() + 6, box.height() + 6, 0, false);
		}
		if (options.selection().contains(component)) {
			p.setForeground(SELECTION);
			p.setLineWidth(2);
			p.rectangle(box.x() - 5, box.y() - 5, box.width() + 10, box.height() + 10, 8, false);
		}
	}
}
