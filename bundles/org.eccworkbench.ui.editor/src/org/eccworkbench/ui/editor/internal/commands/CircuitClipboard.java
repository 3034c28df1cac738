package org.eccworkbench.ui.editor.internal.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.Port;
import org.eccworkbench.ui.editor.internal.diagram.DiagramUnits;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Copy and paste of parts with the lines between them, across every circuit editor. Pasted parts
 * get fresh ids and land one grid cell further each time.
 */
public final class CircuitClipboard {

	private static List<EObject> content = List.of();
	private static int pastes;

	private CircuitClipboard() {
	}

	/** Copies the components of {@code selection} and the lines joining two of them. */
	public static void copy(Collection<?> selection) {
		List<Component> components = CircuitCommands.components(selection);
		if (components.isEmpty()) {
			return;
		}
		Set<Component> chosen = Set.copyOf(components);
		List<EObject> originals = new ArrayList<>(components);
		Circuit circuit = (Circuit) components.get(0).eContainer();
		if (circuit != null) {
			for (Connection connection : circuit.getConnections()) {
				if (within(connection, chosen)) {
					originals.add(connection);
				}
			}
		}
		content = List.copyOf(copyAll(originals));
		pastes = 0;
	}

	public static boolean isEmpty() {
		return content.isEmpty();
	}

	/** Pastes the clipboard into {@code circuit}; the command's affected objects are the new parts. */
	public static Command paste(EditingDomain domain, Circuit circuit) {
		pastes++;
		List<EObject> copies = new ArrayList<>(copyAll(content));
		IdAllocator ids = new IdAllocator(circuit);
		List<Component> components = new ArrayList<>();
		List<Connection> connections = new ArrayList<>();
		int offset = pastes * DiagramUnits.UNITS_PER_CELL;
		for (EObject copy : copies) {
			if (copy instanceof Component component) {
				component.setId(ids.next(prefix(component.getId())));
				ComponentFactory.renamePorts(component);
				component.setX(component.getX() + offset);
				component.setY(component.getY() + offset);
				components.add(component);
			} else if (copy instanceof Connection connection) {
				connection.setId(ids.next("line")); //$NON-NLS-1$
				connections.add(connection);
			}
		}
		return CircuitCommands.add(domain, circuit, components, connections);
	}

	private static String prefix(String id) {
		int dash = id == null ? -1 : id.lastIndexOf('-');
		if (id == null) {
			return "part"; //$NON-NLS-1$
		}
		return dash > 0 && id.substring(dash + 1).chars().allMatch(Character::isDigit) ? id.substring(0, dash) : id;
	}

	private static boolean within(Connection connection, Set<Component> components) {
		Port source = connection.getSource();
		Port target = connection.getTarget();
		return source != null && target != null && components.contains(source.getComponent())
				&& components.contains(target.getComponent());
	}

	private static Collection<EObject> copyAll(Collection<EObject> objects) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Collection<EObject> copies = copier.copyAll(objects);
		copier.copyReferences();
		return copies;
	}
}
