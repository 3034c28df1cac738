package org.eccworkbench.sim.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.LineRole;

/** The blood connections of a circuit as a directed graph of components, in file order. */
final class BloodGraph {

	private final Circuit circuit;
	private final Map<Component, List<Connection>> outgoing = new LinkedHashMap<>();

	BloodGraph(Circuit circuit) {
		this.circuit = circuit;
		for (Connection c : circuit.getConnections()) {
			if (c.getSource() == null || c.getTarget() == null || c.getSource().getComponent() == null
					|| c.getTarget().getComponent() == null || c.getRole() == LineRole.GAS || c.getRole() == LineRole.WATER
					|| c.getRole() == LineRole.SIGNAL) {
				continue;
			}
			outgoing.computeIfAbsent(c.getSource().getComponent(), k -> new ArrayList<>()).add(c);
		}
	}

	<T> Optional<T> first(Class<T> type) {
		return circuit.getComponents().stream().filter(type::isInstance).map(type::cast).findFirst();
	}

	<T> List<T> components(Class<T> type) {
		return circuit.getComponents().stream().filter(type::isInstance).map(type::cast).toList();
	}

	/**
	 * The shortest path of connections from {@code start} to the first component matching
	 * {@code goal}, not passing through components of the {@code avoid} types; null if none.
	 */
	List<Connection> path(Component start, Predicate<Component> goal, Set<Class<?>> avoid) {
		Map<Component, Connection> via = new HashMap<>();
		Deque<Component> queue = new ArrayDeque<>();
		queue.add(start);
		via.put(start, null);
		while (!queue.isEmpty()) {
			Component here = queue.removeFirst();
			for (Connection c : outgoing.getOrDefault(here, List.of())) {
				Component next = c.getTarget().getComponent();
				if (via.containsKey(next)) {
					continue;
				}
				via.put(next, c);
				if (goal.test(next)) {
					List<Connection> path = new ArrayList<>();
					for (Component at = next; at != start; at = via.get(at).getSource().getComponent()) {
						path.add(via.get(at));
					}
					Collections.reverse(path);
					return path;
				}
				if (avoid.stream().noneMatch(t -> t.isInstance(next)) && next != start) {
					queue.addLast(next);
				}
			}
		}
		return null;
	}
}
