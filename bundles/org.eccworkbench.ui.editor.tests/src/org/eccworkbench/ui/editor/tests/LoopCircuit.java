package org.eccworkbench.ui.editor.tests;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Sensor;
import org.eccworkbench.ui.editor.internal.commands.AutoLayout;
import org.eccworkbench.ui.editor.internal.commands.CircuitCommands;
import org.eccworkbench.ui.editor.internal.commands.ComponentFactory;
import org.eccworkbench.ui.editor.internal.commands.ConnectionRules;
import org.eccworkbench.ui.editor.internal.commands.IdAllocator;
import org.eccworkbench.ui.editor.internal.commands.PartKind;
import org.eccworkbench.ui.editor.internal.wizards.StarterCircuits;

/**
 * A small bypass loop of generic parts built through the editor's own factories, for the tests
 * that count its ten parts: patient, venous cannula, reservoir, roller pump, oxygenator with its
 * gas blender and heater-cooler, arterial filter, aortic cannula, and the pressure sensor of the
 * line between pump and oxygenator. It has no patient data.
 */
final class LoopCircuit {

	private LoopCircuit() {
	}

	static Circuit create(String name) {
		Circuit circuit = StarterCircuits.EMPTY.create(name);
		Component patient = part(circuit, PartKind.PATIENT);
		Component venous = part(circuit, PartKind.VENOUS_CANNULA);
		Component reservoir = part(circuit, PartKind.RESERVOIR);
		Component pump = part(circuit, PartKind.ROLLER_PUMP);
		Component oxygenator = part(circuit, PartKind.OXYGENATOR);
		Component filter = part(circuit, PartKind.ARTERIAL_FILTER);
		Component aortic = part(circuit, PartKind.ARTERIAL_CANNULA);
		Component blender = part(circuit, PartKind.GAS_BLENDER);
		Component heater = part(circuit, PartKind.HEATER_COOLER);
		join(circuit, patient, "venousOut", venous, "in"); //$NON-NLS-1$ //$NON-NLS-2$
		join(circuit, venous, "out", reservoir, "venousIn"); //$NON-NLS-1$ //$NON-NLS-2$
		join(circuit, reservoir, "out", pump, "in"); //$NON-NLS-1$ //$NON-NLS-2$
		join(circuit, pump, "out", oxygenator, "in"); //$NON-NLS-1$ //$NON-NLS-2$
		join(circuit, oxygenator, "out", filter, "in"); //$NON-NLS-1$ //$NON-NLS-2$
		join(circuit, filter, "out", aortic, "in"); //$NON-NLS-1$ //$NON-NLS-2$
		join(circuit, aortic, "out", patient, "arterialIn"); //$NON-NLS-1$ //$NON-NLS-2$
		join(circuit, blender, "gasOut", oxygenator, "gasIn"); //$NON-NLS-1$ //$NON-NLS-2$
		join(circuit, heater, "waterOut", oxygenator, "waterIn"); //$NON-NLS-1$ //$NON-NLS-2$
		join(circuit, oxygenator, "waterOut", heater, "waterIn"); //$NON-NLS-1$ //$NON-NLS-2$
		Sensor pressure = (Sensor) part(circuit, PartKind.PRESSURE_SENSOR);
		pressure.setAttachedTo(ConnectionRules.connectionAt(circuit, pump.findPort("out")).orElseThrow()); //$NON-NLS-1$
		AutoLayout.positions(circuit).forEach((component, xy) -> {
			component.setX(xy[0]);
			component.setY(xy[1]);
		});
		return circuit;
	}

	private static Component part(Circuit circuit, PartKind kind) {
		Component component = ComponentFactory.create(kind, new IdAllocator(circuit).next(kind.id()));
		circuit.getComponents().add(component);
		return component;
	}

	private static void join(Circuit circuit, Component from, String out, Component to, String in) {
		circuit.getConnections().add(CircuitCommands.newConnection(circuit, from.findPort(out), to.findPort(in)));
	}
}
