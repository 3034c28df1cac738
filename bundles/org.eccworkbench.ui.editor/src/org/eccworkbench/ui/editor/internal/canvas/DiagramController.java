package org.eccworkbench.ui.editor.internal.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.CircuitElement;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Port;
import org.eccworkbench.model.circuit.Sensor;
import org.eccworkbench.ui.editor.internal.Messages;
import org.eccworkbench.ui.editor.internal.commands.AutoLayout;
import org.eccworkbench.ui.editor.internal.commands.CircuitClipboard;
import org.eccworkbench.ui.editor.internal.commands.CircuitCommands;
import org.eccworkbench.ui.editor.internal.commands.ComponentFactory;
import org.eccworkbench.ui.editor.internal.commands.ConnectionRules;
import org.eccworkbench.ui.editor.internal.commands.IdAllocator;
import org.eccworkbench.ui.editor.internal.diagram.DiagramUnits;
import org.eccworkbench.ui.editor.internal.diagram.HitTest;
import org.eccworkbench.ui.editor.internal.palette.PaletteEntry;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

/**
 * What the user does to the diagram, whatever the gesture (mouse, keyboard, drop, menu): each
 * action becomes one EMF command on the editing domain. Positions are diagram pixels.
 */
public final class DiagramController {

	/** How near a line a sensor must be dropped to measure it, in diagram pixels. */
	static final double SENSOR_REACH = 8;

	private final EditingDomain domain;
	private final Circuit circuit;
	private final DiagramSelection selection = new DiagramSelection();
	private BiConsumer<String, Boolean> status = (message, error) -> {
	};
	private boolean snap = true;
	private String lastStatus = ""; //$NON-NLS-1$

	public DiagramController(EditingDomain domain, Circuit circuit) {
		this.domain = domain;
		this.circuit = circuit;
	}

	public Circuit circuit() {
		return circuit;
	}

	public EditingDomain domain() {
		return domain;
	}

	public DiagramSelection selection() {
		return selection;
	}

	public boolean snap() {
		return snap;
	}

	public void setSnap(boolean value) {
		snap = value;
	}

	/** Where the status line messages go: text and whether it is an error. */
	public void setStatusSink(BiConsumer<String, Boolean> sink) {
		status = sink;
	}

	public String lastStatus() {
		return lastStatus;
	}

	public void status(String message, boolean error) {
		lastStatus = message;
		status.accept(message, error);
	}

	public boolean execute(Command command) {
		if (command == null || !command.canExecute()) {
			return false;
		}
		domain.getCommandStack().execute(command);
		return true;
	}

	/** Places a new part from the palette with its top-left corner at (x, y); the drop path. */
	public Component place(PaletteEntry entry, double x, double y) {
		IdAllocator ids = new IdAllocator(circuit);
		String id = ids.next(entry.kind().id());
		Component component = entry.product().flatMap(p -> ComponentFactory.create(p, id))
				.orElseGet(() -> ComponentFactory.create(entry.kind(), id));
		component.setX(DiagramUnits.toUnits(snap ? DiagramUnits.snap(x) : x));
		component.setY(DiagramUnits.toUnits(snap ? DiagramUnits.snap(y) : y));
		if (component instanceof Sensor sensor) {
			// a sensor dropped on a line or a part measures it
			CircuitElement measured = HitTest.connectionAt(circuit, x, y, SENSOR_REACH);
			sensor.setAttachedTo(measured != null ? measured : HitTest.componentAt(circuit, x, y));
		}
		if (execute(CircuitCommands.add(domain, circuit, List.of(component), List.of()))) {
			selection.set(List.of(component));
			status(NLS.bind(Messages.Status_added, component.getName()), false);
			return component;
		}
		return null;
	}

	/** Joins two ports if the rules allow, else says why not in the status line. */
	public ConnectionRules.Verdict connect(Port from, Port to) {
		ConnectionRules.Verdict verdict = ConnectionRules.check(circuit, from, to);
		if (!verdict.allowed()) {
			status(NLS.bind(Messages.Status_refused, verdict.refusal()), true);
			return verdict;
		}
		Command command = CircuitCommands.connect(domain, circuit, verdict);
		execute(command);
		selection.set(toEObjects(command.getResult()));
		status(NLS.bind(Messages.Status_connected, verdict.source().getId(), verdict.target().getId()), false);
		return verdict;
	}

	/** Moves the selected parts by (dx, dy) diagram pixels, snapping their corners when snap is on. */
	public void moveSelection(double dx, double dy) {
		Map<Component, int[]> positions = new LinkedHashMap<>();
		for (Component component : CircuitCommands.components(selection.elements())) {
			double x = DiagramUnits.toPixels(component.getX()) + dx;
			double y = DiagramUnits.toPixels(component.getY()) + dy;
			if (snap) {
				x = DiagramUnits.snap(x);
				y = DiagramUnits.snap(y);
			}
			positions.put(component, new int[] { DiagramUnits.toUnits(x), DiagramUnits.toUnits(y) });
		}
		if (!positions.isEmpty()) {
			execute(CircuitCommands.move(domain, positions));
		}
	}

	public void deleteSelection() {
		if (selection.isEmpty()) {
			return;
		}
		if (execute(CircuitCommands.delete(domain, circuit, selection.elements()))) {
			selection.set(List.of());
		}
	}

	public void copySelection() {
		CircuitClipboard.copy(selection.elements());
	}

	public void paste() {
		if (CircuitClipboard.isEmpty()) {
			return;
		}
		Command command = CircuitClipboard.paste(domain, circuit);
		if (execute(command)) {
			selection.set(CircuitCommands.components(command.getAffectedObjects()));
		}
	}

	public void selectAll() {
		List<EObject> all = new ArrayList<>(circuit.getComponents());
		all.addAll(circuit.getConnections());
		selection.set(all);
	}

	/** Selects the next (or previous) part after the first selected one; Tab and Shift+Tab. */
	public void selectNext(boolean forward) {
		List<Component> components = circuit.getComponents();
		if (components.isEmpty()) {
			return;
		}
		List<Component> selected = CircuitCommands.components(selection.elements());
		int index = selected.isEmpty() ? (forward ? -1 : 0) : components.indexOf(selected.get(0));
		int next = Math.floorMod(index + (forward ? 1 : -1), components.size());
		selection.set(List.of(components.get(next)));
	}

	public void autoLayout() {
		execute(AutoLayout.command(domain, circuit));
	}

	private static List<EObject> toEObjects(Collection<?> objects) {
		List<EObject> result = new ArrayList<>();
		for (Object object : objects) {
			if (object instanceof EObject e) {
				result.add(e);
			}
		}
		return result;
	}
}
