package org.eccworkbench.ui.editor.internal.diagram;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.CircuitElement;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.Port;
import org.eccworkbench.ui.editor.internal.diagram.PortLayout.Anchor;
import org.eccworkbench.ui.editor.internal.diagram.PortLayout.Side;
import org.eccworkbench.ui.editor.internal.diagram.figures.FigureLibrary;

/** Where things are on the diagram, in pixels at 100 %: boxes, port anchors, tube routes. */
public final class DiagramGeometry {

	/** How far a tube leaves its port straight before it turns. */
	static final double STUB = 12;
	/** How far below the parts a line that runs backwards passes. */
	static final double DETOUR = 24;
	/** How much further out a U-shaped line from a later port of a side runs. */
	static final double STUB_STEP = 6;

	private DiagramGeometry() {
	}

	public static Box bounds(Component component) {
		ComponentFigure figure = FigureLibrary.figureFor(component);
		return new Box(DiagramUnits.toPixels(component.getX()), DiagramUnits.toPixels(component.getY()),
				figure.width(), figure.height());
	}

	public static Anchor anchor(Port port) {
		return PortLayout.anchor(port, bounds(port.getComponent()));
	}

	/** The route of a tube segment as x, y pairs; empty when an end is not on a component. */
	public static double[] route(Connection connection) {
		Port source = connection.getSource();
		Port target = connection.getTarget();
		if (source == null || target == null || source.getComponent() == null || target.getComponent() == null) {
			return new double[0];
		}
		Anchor from = anchor(source);
		Anchor to = anchor(target);
		double[] start = stub(from);
		double[] end = stub(to);
		boolean fromVertical = from.side() == Side.TOP || from.side() == Side.BOTTOM;
		boolean toVertical = to.side() == Side.TOP || to.side() == Side.BOTTOM;
		if (!fromVertical && !toVertical) {
			if (end[0] >= start[0]) {
				double middle = (start[0] + end[0]) / 2;
				return new double[] { from.x(), from.y(), start[0], start[1], middle, start[1], middle, end[1], end[0],
						end[1], to.x(), to.y() };
			}
			double below = Math.max(bounds(source.getComponent()).bottom(), bounds(target.getComponent()).bottom())
					+ DETOUR;
			// a later port of a side turns a little further out, so that two lines running back to
			// the same side of a part (the patient's arterial and cardioplegia inlets) cross rather
			// than share a stretch
			double startX = start[0] + outward(from.side()) * STUB_STEP * PortLayout.index(source);
			double endX = end[0] + outward(to.side()) * STUB_STEP * PortLayout.index(target);
			return new double[] { from.x(), from.y(), start[0], start[1], startX, start[1], startX, below, endX, below,
					endX, end[1], end[0], end[1], to.x(), to.y() };
		}
		if (fromVertical && from.side() == to.side()) {
			// both ends on the top, or both on the bottom: a U outside both parts, so that the line
			// passes neither; lines from later ports of a side run a little further out
			double out = STUB_STEP * Math.max(PortLayout.index(source), PortLayout.index(target));
			double level = from.side() == Side.TOP ? Math.min(start[1], end[1]) - out
					: Math.max(start[1], end[1]) + out;
			return new double[] { from.x(), from.y(), start[0], start[1], start[0], level, end[0], level, end[0],
					end[1], to.x(), to.y() };
		}
		double cornerX = fromVertical && !toVertical ? start[0] : end[0];
		double cornerY = fromVertical && !toVertical ? end[1] : start[1];
		return new double[] { from.x(), from.y(), start[0], start[1], cornerX, cornerY, end[0], end[1], to.x(),
				to.y() };
	}

	private static double outward(Side side) {
		return side == Side.LEFT ? -1 : 1;
	}

	private static double[] stub(Anchor anchor) {
		return switch (anchor.side()) {
		case LEFT -> new double[] { anchor.x() - STUB, anchor.y() };
		case RIGHT -> new double[] { anchor.x() + STUB, anchor.y() };
		case TOP -> new double[] { anchor.x(), anchor.y() - STUB };
		case BOTTOM -> new double[] { anchor.x(), anchor.y() + STUB };
		};
	}

	/**
	 * Where a sensor's lead meets what it measures: the middle of a line's longest segment, or the
	 * centre of a part; null when that has no place on the diagram.
	 */
	public static double[] attachmentPoint(CircuitElement element) {
		if (element instanceof Component component) {
			Box box = bounds(component);
			return new double[] { box.centerX(), box.centerY() };
		}
		if (element instanceof Connection connection) {
			double[] route = route(connection);
			double longest = -1;
			double[] middle = null;
			for (int i = 0; i + 3 < route.length; i += 2) {
				double length = Math.hypot(route[i + 2] - route[i], route[i + 3] - route[i + 1]);
				if (length > longest) {
					longest = length;
					middle = new double[] { (route[i] + route[i + 2]) / 2, (route[i + 1] + route[i + 3]) / 2 };
				}
			}
			return middle;
		}
		return null;
	}

	/** The box around a route. */
	public static Box routeBounds(double[] route) {
		double left = Double.MAX_VALUE, top = Double.MAX_VALUE, right = -Double.MAX_VALUE, bottom = -Double.MAX_VALUE;
		for (int i = 0; i + 1 < route.length; i += 2) {
			left = Math.min(left, route[i]);
			right = Math.max(right, route[i]);
			top = Math.min(top, route[i + 1]);
			bottom = Math.max(bottom, route[i + 1]);
		}
		return route.length == 0 ? new Box(0, 0, 0, 0) : new Box(left, top, right - left, bottom - top);
	}

	/** The box around every part and line of the circuit, with room for labels; empty circuits give a zero box. */
	public static Box extent(Circuit circuit) {
		Box all = null;
		for (Component component : circuit.getComponents()) {
			Box box = Labels.withLabel(component, bounds(component));
			all = all == null ? box : all.union(box);
		}
		for (Connection connection : circuit.getConnections()) {
			double[] route = route(connection);
			if (route.length > 0) {
				all = all == null ? routeBounds(route) : all.union(routeBounds(route));
			}
		}
		return all == null ? new Box(0, 0, 0, 0) : all;
	}
}
