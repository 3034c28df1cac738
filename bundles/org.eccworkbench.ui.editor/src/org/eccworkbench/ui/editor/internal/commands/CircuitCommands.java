package org.eccworkbench.ui.editor.internal.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.CircuitFactory;
import org.eccworkbench.model.circuit.CircuitPackage;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.Port;
import org.eccworkbench.model.circuit.Sensor;
import org.eccworkbench.model.circuit.TubeMaterial;
import org.eccworkbench.ui.editor.internal.Messages;
import org.eccworkbench.ui.editor.internal.diagram.Labels;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

/** Every edit of the diagram as one undoable EMF command, named for the Edit menu. */
public final class CircuitCommands {

	/**
	 * Length a new segment gets until the user enters the measured one; a table-to-field line of an
	 * adult circuit is of this order, and the prime figures show it as entered.
	 */
	public static final double NEW_SEGMENT_LENGTH_M = 1.0;

	private static final CircuitPackage PKG = CircuitPackage.eINSTANCE;

	private CircuitCommands() {
	}

	public static Command add(EditingDomain domain, Circuit circuit, Collection<Component> components,
			Collection<Connection> connections) {
		String what = components.size() == 1 && connections.isEmpty() ? Labels.of(components.iterator().next())
				: Integer.toString(components.size() + connections.size());
		CompoundCommand command = new CompoundCommand(CompoundCommand.MERGE_COMMAND_ALL, NLS.bind(Messages.Command_add, what));
		if (!components.isEmpty()) {
			command.append(AddCommand.create(domain, circuit, PKG.getCircuit_Components(), components));
		}
		if (!connections.isEmpty()) {
			command.append(AddCommand.create(domain, circuit, PKG.getCircuit_Connections(), connections));
		}
		return command;
	}

	/** A new line between the ports of an allowed verdict. */
	public static Command connect(EditingDomain domain, Circuit circuit, ConnectionRules.Verdict verdict) {
		Connection connection = newConnection(circuit, verdict.source(), verdict.target());
		CompoundCommand command = new CompoundCommand(
				NLS.bind(Messages.Command_connect, verdict.source().getId(), verdict.target().getId()));
		command.append(AddCommand.create(domain, circuit, PKG.getCircuit_Connections(), connection));
		return command;
	}

	public static Connection newConnection(Circuit circuit, Port source, Port target) {
		Connection connection = CircuitFactory.eINSTANCE.createConnection();
		connection.setId(new IdAllocator(circuit).next("line")); //$NON-NLS-1$
		connection.setSource(source);
		connection.setTarget(target);
		connection.setInternalDiameterInch(diameter(source, target));
		connection.setLengthM(NEW_SEGMENT_LENGTH_M);
		connection.setMaterial(TubeMaterial.PVC);
		connection.setRole(LineRoles.infer(circuit, source, target));
		return connection;
	}

	private static double diameter(Port source, Port target) {
		double a = source.getDiameterInch();
		double b = target.getDiameterInch();
		if (a > 0 && b > 0) {
			return Math.min(a, b);
		}
		return Math.max(a, b);
	}

	/** Moves each component to its new position (model units). */
	public static Command move(EditingDomain domain, Map<Component, int[]> positions) {
		CompoundCommand command = new CompoundCommand(Messages.Command_move);
		positions.forEach((component, xy) -> {
			if (component.getX() != xy[0]) {
				command.append(SetCommand.create(domain, component, PKG.getComponent_X(), xy[0]));
			}
			if (component.getY() != xy[1]) {
				command.append(SetCommand.create(domain, component, PKG.getComponent_Y(), xy[1]));
			}
		});
		return command;
	}

	/**
	 * Deletes the given components and connections, with the lines that end on a deleted part, and
	 * unsets the sensors attached to what goes.
	 */
	public static Command delete(EditingDomain domain, Circuit circuit, Collection<?> elements) {
		Set<Component> components = new LinkedHashSet<>();
		Set<Connection> connections = new LinkedHashSet<>();
		for (Object element : elements) {
			if (element instanceof Component component && component.eContainer() == circuit) {
				components.add(component);
			} else if (element instanceof Connection connection && connection.eContainer() == circuit) {
				connections.add(connection);
			}
		}
		for (Connection connection : circuit.getConnections()) {
			if (endsOn(connection, components)) {
				connections.add(connection);
			}
		}
		CompoundCommand command = new CompoundCommand(
				NLS.bind(Messages.Command_delete, Integer.toString(components.size() + connections.size())));
		Set<EObject> going = new LinkedHashSet<>(components);
		going.addAll(connections);
		for (Component component : circuit.getComponents()) {
			if (component instanceof Sensor sensor && sensor.getAttachedTo() != null
					&& going.contains(sensor.getAttachedTo()) && !going.contains(sensor)) {
				command.append(SetCommand.create(domain, sensor, PKG.getSensor_AttachedTo(), SetCommand.UNSET_VALUE));
			}
		}
		if (!connections.isEmpty()) {
			command.append(RemoveCommand.create(domain, circuit, PKG.getCircuit_Connections(), connections));
		}
		if (!components.isEmpty()) {
			command.append(RemoveCommand.create(domain, circuit, PKG.getCircuit_Components(), components));
		}
		return command;
	}

	private static boolean endsOn(Connection connection, Set<Component> components) {
		return connection.getSource() != null && components.contains(connection.getSource().getComponent())
				|| connection.getTarget() != null && components.contains(connection.getTarget().getComponent());
	}

	public static Command set(EditingDomain domain, EObject owner, EStructuralFeature feature, Object value) {
		return SetCommand.create(domain, owner, feature, value);
	}

	/** The components of {@code elements}, in order. */
	public static List<Component> components(Collection<?> elements) {
		List<Component> result = new ArrayList<>();
		for (Object element : elements) {
			if (element instanceof Component component) {
				result.add(component);
			}
		}
		return result;
	}
}
