package org.eccworkbench.model.internal.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.CircuitElement;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.LineRole;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.PatientNode;
import org.eccworkbench.model.circuit.Port;
import org.eccworkbench.model.circuit.Reservoir;
import org.eccworkbench.model.circuit.Sensor;
import org.eccworkbench.model.circuit.SensorKind;
import org.eccworkbench.model.internal.CircuitQueries;
import org.eclipse.emf.ecore.EObject;

/**
 * The graph of a circuit, built once per validation and kept in the validation context: which
 * segments touch each port, which blood segments leave and enter each part, which sensors watch
 * each element. Walks follow blood segments in their direction of flow.
 */
final class CircuitIndex {

	/** A walk stops at (includes, does not pass) the patient and every reservoir. */
	static final Predicate<Component> STOP_AT_PATIENT_OR_RESERVOIR = c -> c instanceof PatientNode
			|| c instanceof Reservoir;

	/** The arterial and venous segments: the path of the whole flow, without side lines. */
	static final Predicate<Connection> MAIN_PATH = c -> c.getRole() == LineRole.ARTERIAL
			|| c.getRole() == LineRole.VENOUS;
	static final Predicate<Connection> ANY_LINE = c -> true;

	private final Circuit circuit;
	private final Map<Port, List<Connection>> byPort = new IdentityHashMap<>();
	private final Map<Component, List<Connection>> bloodOut = new IdentityHashMap<>();
	private final Map<Component, List<Connection>> bloodIn = new IdentityHashMap<>();
	private final Map<CircuitElement, List<Sensor>> sensors = new IdentityHashMap<>();
	private final Map<Component, Set<CircuitElement>> loops = new HashMap<>();

	private CircuitIndex(Circuit circuit) {
		this.circuit = circuit;
		for (Connection connection : circuit.getConnections()) {
			Port source = connection.getSource();
			Port target = connection.getTarget();
			if (source != null) {
				byPort.computeIfAbsent(source, p -> new ArrayList<>(1)).add(connection);
			}
			if (target != null) {
				byPort.computeIfAbsent(target, p -> new ArrayList<>(1)).add(connection);
			}
			if (isBlood(connection)) {
				bloodOut.computeIfAbsent(source.getComponent(), c -> new ArrayList<>(2)).add(connection);
				bloodIn.computeIfAbsent(target.getComponent(), c -> new ArrayList<>(2)).add(connection);
			}
		}
		for (Component component : circuit.getComponents()) {
			if (component instanceof Sensor sensor && sensor.getAttachedTo() != null) {
				sensors.computeIfAbsent(sensor.getAttachedTo(), e -> new ArrayList<>(1)).add(sensor);
			}
		}
	}

	/** The index of the circuit that holds {@code element}, cached in {@code context}; null outside a circuit. */
	static CircuitIndex of(EObject element, Map<Object, Object> context) {
		Circuit circuit = circuitOf(element);
		if (circuit == null) {
			return null;
		}
		if (context != null && context.get(CircuitIndex.class) instanceof CircuitIndex cached
				&& cached.circuit == circuit) {
			return cached;
		}
		CircuitIndex index = new CircuitIndex(circuit);
		if (context != null) {
			context.put(CircuitIndex.class, index);
		}
		return index;
	}

	static Circuit circuitOf(EObject element) {
		for (EObject at = element; at != null; at = at.eContainer()) {
			if (at instanceof Circuit circuit) {
				return circuit;
			}
		}
		return null;
	}

	static boolean isBlood(Connection connection) {
		return connection.getSource() != null && connection.getTarget() != null
				&& connection.getSource().getComponent() != null && connection.getTarget().getComponent() != null
				&& CircuitQueries.isBlood(connection.getSource()) && CircuitQueries.isBlood(connection.getTarget());
	}

	Circuit circuit() {
		return circuit;
	}

	List<Connection> at(Port port) {
		return byPort.getOrDefault(port, List.of());
	}

	List<Connection> bloodOut(Component component) {
		return bloodOut.getOrDefault(component, List.of());
	}

	List<Connection> bloodIn(Component component) {
		return bloodIn.getOrDefault(component, List.of());
	}

	/** The segments touching any port of {@code component}. */
	List<Connection> connections(Component component) {
		List<Connection> all = new ArrayList<>();
		component.getPorts().forEach(p -> all.addAll(at(p)));
		return all;
	}

	/** Whether a sensor of {@code kind} watches one of {@code elements}. */
	boolean watched(Set<? extends CircuitElement> elements, SensorKind kind) {
		for (CircuitElement element : elements) {
			for (Sensor sensor : sensors.getOrDefault(element, List.of())) {
				if (sensor.getSensorKind() == kind) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The parts and segments reached from {@code start} along the flow, without {@code start};
	 * a part that {@code stop} accepts is included but not passed.
	 */
	Set<CircuitElement> downstream(Component start, Predicate<Component> stop) {
		return walk(start, stop, ANY_LINE, true);
	}

	/** Like {@link #downstream}, along the arterial and venous segments only. */
	Set<CircuitElement> downstreamMain(Component start, Predicate<Component> stop) {
		return walk(start, stop, MAIN_PATH, true);
	}

	/** Like {@link #downstream}, against the flow. */
	Set<CircuitElement> upstream(Component start, Predicate<Component> stop) {
		return walk(start, stop, ANY_LINE, false);
	}

	/** Like {@link #upstream}, along the arterial and venous segments only. */
	Set<CircuitElement> upstreamMain(Component start, Predicate<Component> stop) {
		return walk(start, stop, MAIN_PATH, false);
	}

	private Set<CircuitElement> walk(Component start, Predicate<Component> stop, Predicate<Connection> lines,
			boolean forward) {
		Set<CircuitElement> seen = new LinkedHashSet<>();
		Deque<Component> pending = new ArrayDeque<>();
		pending.add(start);
		while (!pending.isEmpty()) {
			Component at = pending.poll();
			for (Connection connection : forward ? bloodOut(at) : bloodIn(at)) {
				if (!lines.test(connection)) {
					continue;
				}
				seen.add(connection);
				Component next = (forward ? connection.getTarget() : connection.getSource()).getComponent();
				if (next != start && seen.add(next) && !stop.test(next)) {
					pending.add(next);
				}
			}
		}
		return seen;
	}

	/**
	 * The parts and segments on a path of arterial and venous segments from {@code patient} back
	 * to {@code patient}; cardioplegia, vent, suction and recirculation lines are side lines.
	 */
	Set<CircuitElement> loop(Component patient) {
		return loops.computeIfAbsent(patient, p -> {
			Set<CircuitElement> from = walk(p, c -> false, MAIN_PATH, true);
			Set<CircuitElement> to = walk(p, c -> false, MAIN_PATH, false);
			from.retainAll(to);
			if (!from.isEmpty()) {
				from.add(p);
			}
			return from;
		});
	}
}
