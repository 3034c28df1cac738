package org.eccworkbench.ui.editor.internal.diagram;

import java.util.ArrayList;
import java.util.List;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.Port;
import org.eccworkbench.ui.editor.internal.diagram.PortLayout.Anchor;

/** What is under a point of the diagram (pixels at 100 %). Later parts are on top of earlier ones. */
public final class HitTest {

	private HitTest() {
	}

	public static Port portAt(Circuit circuit, double x, double y, double tolerance) {
		List<Component> components = circuit.getComponents();
		for (int i = components.size() - 1; i >= 0; i--) {
			Component component = components.get(i);
			Box box = DiagramGeometry.bounds(component);
			if (!box.expand(tolerance + PortLayout.PORT_RADIUS).contains(x, y)) {
				continue;
			}
			for (Port port : component.getPorts()) {
				Anchor anchor = PortLayout.anchor(port, box);
				if (Math.hypot(anchor.x() - x, anchor.y() - y) <= PortLayout.PORT_RADIUS + tolerance) {
					return port;
				}
			}
		}
		return null;
	}

	public static Component componentAt(Circuit circuit, double x, double y) {
		List<Component> components = circuit.getComponents();
		for (int i = components.size() - 1; i >= 0; i--) {
			if (DiagramGeometry.bounds(components.get(i)).contains(x, y)) {
				return components.get(i);
			}
		}
		return null;
	}

	public static Connection connectionAt(Circuit circuit, double x, double y, double tolerance) {
		for (Connection connection : circuit.getConnections()) {
			double[] route = DiagramGeometry.route(connection);
			double reach = Math.max(tolerance, LineStyle.width(connection) / 2 + 1);
			for (int i = 0; i + 3 < route.length; i += 2) {
				if (distanceToSegment(x, y, route[i], route[i + 1], route[i + 2], route[i + 3]) <= reach) {
					return connection;
				}
			}
		}
		return null;
	}

	public static List<Component> componentsIn(Circuit circuit, Box area) {
		List<Component> inside = new ArrayList<>();
		for (Component component : circuit.getComponents()) {
			Box box = DiagramGeometry.bounds(component);
			if (box.x() >= area.x() && box.right() <= area.right() && box.y() >= area.y()
					&& box.bottom() <= area.bottom()) {
				inside.add(component);
			}
		}
		return inside;
	}

	static double distanceToSegment(double px, double py, double x1, double y1, double x2, double y2) {
		double dx = x2 - x1, dy = y2 - y1;
		double length = dx * dx + dy * dy;
		double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / length));
		return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
	}
}
