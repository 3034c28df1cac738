package org.eccworkbench.model.tests;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.CircuitFactory;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.LineRole;
import org.eccworkbench.model.circuit.Port;
import org.eccworkbench.model.circuit.PortKind;

/** Small circuits built in code for the tests. */
final class Circuits {

	static final CircuitFactory F = CircuitFactory.eINSTANCE;

	private Circuits() {
	}

	static <T extends Component> T add(Circuit circuit, T component, String id) {
		component.setId(id);
		component.setName(id);
		circuit.getComponents().add(component);
		return component;
	}

	static Port port(Component component, String name, PortKind kind, double diameterInch) {
		Port port = F.createPort();
		port.setId(component.getId() + "." + name);
		port.setName(name);
		port.setKind(kind);
		port.setDiameterInch(diameterInch);
		component.getPorts().add(port);
		return port;
	}

	static Connection connect(Circuit circuit, String id, Port from, Port to, double diameterInch, double lengthM,
			LineRole role) {
		Connection connection = F.createConnection();
		connection.setId(id);
		connection.setSource(from);
		connection.setTarget(to);
		connection.setInternalDiameterInch(diameterInch);
		connection.setLengthM(lengthM);
		connection.setRole(role);
		circuit.getConnections().add(connection);
		return connection;
	}

	/** Patient - venous cannula - reservoir - roller pump - oxygenator - arterial cannula - patient. */
	static Circuit minimal() {
		Circuit circuit = F.createCircuit();
		circuit.setName("minimal adult loop");
		var patient = add(circuit, F.createPatientNode(), "patient");
		var venousCannula = add(circuit, F.createCannula(), "venousCannula");
		var reservoir = add(circuit, F.createReservoir(), "reservoir");
		var pump = add(circuit, F.createRollerPump(), "arterialPump");
		var oxygenator = add(circuit, F.createOxygenator(), "oxygenator");
		var arterialCannula = add(circuit, F.createCannula(), "arterialCannula");
		reservoir.setMinimumLevelMl(200.0);
		pump.setBootInternalDiameterInch(0.5);
		connect(circuit, "venousLine", port(patient, "venousOut", PortKind.BLOOD_OUT, 0),
				port(venousCannula, "patientIn", PortKind.BLOOD_IN, 0), 0, 0, LineRole.VENOUS);
		connect(circuit, "venousTube", port(venousCannula, "out", PortKind.BLOOD_OUT, 0.5),
				port(reservoir, "venousIn", PortKind.BLOOD_IN, 0.5), 0.5, 1.8, LineRole.VENOUS);
		connect(circuit, "pumpInlet", port(reservoir, "out", PortKind.BLOOD_OUT, 0.5),
				port(pump, "in", PortKind.BLOOD_IN, 0.5), 0.5, 0.6, LineRole.ARTERIAL);
		connect(circuit, "pumpOutlet", port(pump, "out", PortKind.BLOOD_OUT, 0.375),
				port(oxygenator, "bloodIn", PortKind.BLOOD_IN, 0.375), 0.375, 0.5, LineRole.ARTERIAL);
		connect(circuit, "arterialTube", port(oxygenator, "bloodOut", PortKind.BLOOD_OUT, 0.375),
				port(arterialCannula, "in", PortKind.BLOOD_IN, 0.375), 0.375, 1.8, LineRole.ARTERIAL);
		connect(circuit, "arterialLine", port(arterialCannula, "patientOut", PortKind.BLOOD_OUT, 0),
				port(patient, "arterialIn", PortKind.BLOOD_IN, 0), 0, 0, LineRole.ARTERIAL);
		return circuit;
	}
}
