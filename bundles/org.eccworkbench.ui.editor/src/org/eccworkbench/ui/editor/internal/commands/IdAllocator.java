package org.eccworkbench.ui.editor.internal.commands;

import java.util.HashSet;
import java.util.Set;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.Port;

/** Ids no element of the circuit has yet, such as {@code oxygenator-2}; one allocator per edit. */
public final class IdAllocator {

	private final Set<String> taken = new HashSet<>();

	public IdAllocator(Circuit circuit) {
		for (Component component : circuit.getComponents()) {
			taken.add(component.getId());
			for (Port port : component.getPorts()) {
				taken.add(port.getId());
			}
		}
		for (Connection connection : circuit.getConnections()) {
			taken.add(connection.getId());
		}
	}

	public String next(String prefix) {
		for (int n = 1;; n++) {
			String id = prefix + "-" + n; //$NON-NLS-1$
			if (taken.add(id)) {
				return id;
			}
		}
	}
}
