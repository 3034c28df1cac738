package org.eccworkbench.model.internal;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.CircuitElement;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Port;
import org.eccworkbench.model.circuit.PortKind;

/** Look-ups behind the operations of the circuit model (see the ecore's body annotations). */
public final class CircuitQueries {

	private CircuitQueries() {
	}

	public static CircuitElement findElement(Circuit circuit, String id) {
		if (id == null) {
			return null;
		}
		for (Component component : circuit.getComponents()) {
			if (id.equals(component.getId())) {
				return component;
			}
		}
		return circuit.getConnections().stream().filter(c -> id.equals(c.getId())).findFirst().orElse(null);
	}

	public static Port findPort(Component component, String name) {
		return component.getPorts().stream().filter(p -> p.getName() != null && p.getName().equals(name))
				.findFirst().orElse(null);
	}

	public static boolean isBlood(Port port) {
		PortKind kind = port.getKind();
		return kind == PortKind.BLOOD_IN || kind == PortKind.BLOOD_OUT || kind == PortKind.SUCTION_IN;
	}
}
