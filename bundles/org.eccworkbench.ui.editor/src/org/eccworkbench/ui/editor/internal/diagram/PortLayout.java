package org.eccworkbench.ui.editor.internal.diagram;

import java.util.List;

import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Port;
import org.eccworkbench.model.circuit.PortKind;

/**
 * Where ports sit on a component's box: blood and suction inlets on the left, blood outlets on the
 * right (blood flows left to right), gas on top, water and signal at the bottom; spread evenly
 * along their side in the order of the model.
 */
public final class PortLayout {

	/** The side of the box a port is on. */
	public enum Side {
		LEFT, RIGHT, TOP, BOTTOM
	}

	/** A port's connection point, in diagram pixels. */
	public record Anchor(double x, double y, Side side) {
	}

	public static final double PORT_RADIUS = 4;

	private PortLayout() {
	}

	public static Side side(Port port) {
		PortKind kind = port.getKind() == null ? PortKind.SIGNAL : port.getKind();
		return switch (kind) {
		case BLOOD_IN, SUCTION_IN -> Side.LEFT;
		case BLOOD_OUT -> Side.RIGHT;
		case GAS_IN, GAS_OUT -> Side.TOP;
		case WATER_IN, WATER_OUT, SIGNAL -> Side.BOTTOM;
		};
	}

	/** The place of a port among the ports on its side, from 0. */
	public static int index(Port port) {
		Component component = port.getComponent();
		if (component == null) {
			return 0;
		}
		Side side = side(port);
		int index = 0;
		for (Port other : component.getPorts()) {
			if (other == port) {
				return index;
			}
			if (side(other) == side) {
				index++;
			}
		}
		return 0;
	}

	public static Anchor anchor(Port port, Box box) {
		Component component = port.getComponent();
		Side side = side(port);
		int index = 0;
		int count = 0;
		List<Port> ports = component == null ? List.of(port) : component.getPorts();
		for (Port other : ports) {
			if (side(other) == side) {
				if (other == port) {
					index = count;
				}
				count++;
			}
		}
		double fraction = (index + 1.0) / (count + 1.0);
		return switch (side) {
		case LEFT -> new Anchor(box.x(), box.y() + box.height() * fraction, side);
		case RIGHT -> new Anchor(box.right(), box.y() + box.height() * fraction, side);
		case TOP -> new Anchor(box.x() + box.width() * fraction, box.y(), side);
		case BOTTOM -> new Anchor(box.x() + box.width() * fraction, box.bottom(), side);
		};
	}
}
