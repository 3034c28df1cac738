package org.eccworkbench.sim.tests;

import org.eccworkbench.model.circuit.CardioplegiaProtocol;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.CircuitFactory;
import org.eccworkbench.model.circuit.CircuitElement;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.LineRole;
import org.eccworkbench.model.circuit.Port;
import org.eccworkbench.model.circuit.PortKind;
import org.eccworkbench.model.circuit.PumpRole;
import org.eccworkbench.model.circuit.Sensor;
import org.eccworkbench.model.circuit.SensorKind;

/** Circuits built in code for the simulation tests; {@link #adult()} is also shipped as examples/adult-cpb.ecc. */
public final class TestCircuits {

	static final CircuitFactory F = CircuitFactory.eINSTANCE;

	private TestCircuits() {
	}

	/**
	 * Adult CPB: patient → 36 Fr two-stage venous cannula → 1/2" venous line → 4 L hardshell
	 * reservoir (level sensor) → roller pump with a 1/2" boot → Capiox FX25 (integrated filter and
	 * heat exchanger; pressure sensor) → 3/8" arterial line (pressure and bubble sensors) → 24 Fr
	 * aortic cannula → patient; heater-cooler, gas blender, del Nido cardioplegia set and a
	 * hemoconcentrator on side lines.
	 */
	public static Circuit adult() {
		Circuit circuit = F.createCircuit();
		circuit.setName("example adult CPB");
		var patientModel = F.createPatient();
		patientModel.setHeightCm(175.0);
		patientModel.setWeightKg(80.0);
		patientModel.setHematocritPercent(40.0);
		patientModel.setAgeYears(62.0);
		circuit.setPatient(patientModel);
		var clinicalCase = F.createClinicalCase();
		clinicalCase.setProcedure("CABG");
		clinicalCase.setTargetCardiacIndex(2.4);
		circuit.setClinicalCase(clinicalCase);
		var patient = add(circuit, F.createPatientNode(), "patient");
		var venousCannula = add(circuit, F.createCannula(), "venousCannula");
		venousCannula.setCannulaKind(org.eccworkbench.model.circuit.CannulaKind.VENOUS_TWO_STAGE);
		venousCannula.setSizeFr(36);
		var reservoir = add(circuit, F.createReservoir(), "reservoir");
		reservoir.setProductId("terumo.capiox-rx-fx-reservoir-4l");
		var pump = add(circuit, F.createRollerPump(), "arterialPump");
		pump.setRole(PumpRole.ARTERIAL);
		pump.setBootInternalDiameterInch(0.5);
		var oxygenator = add(circuit, F.createOxygenator(), "oxygenator");
		oxygenator.setProductId("terumo.capiox-fx25");
		oxygenator.setIntegratedArterialFilter(true);
		var arterialCannula = add(circuit, F.createCannula(), "arterialCannula");
		arterialCannula.setCannulaKind(org.eccworkbench.model.circuit.CannulaKind.AORTIC);
		arterialCannula.setSizeFr(24);
		var heaterCooler = add(circuit, F.createHeaterCooler(), "heaterCooler");
		heaterCooler.setWaterTemperatureC(36.5);
		var blender = add(circuit, F.createGasBlender(), "gasBlender");
		blender.setFio2Percent(60);
		var cardioplegia = add(circuit, F.createCardioplegiaSet(), "cardioplegiaSet");
		cardioplegia.setProtocol(CardioplegiaProtocol.DEL_NIDO);
		cardioplegia.setPrimeMl(40.0);
		var hemoconcentrator = add(circuit, F.createHemoconcentrator(), "hemoconcentrator");
		hemoconcentrator.setProductId("terumo.capiox-hemoconcentrator-1-08m2");

		connect(circuit, "venousLine", port(patient, "venousOut", PortKind.BLOOD_OUT, 0),
				port(venousCannula, "patientIn", PortKind.BLOOD_IN, 0), 0, 0, LineRole.VENOUS);
		connect(circuit, "venousTube", port(venousCannula, "out", PortKind.BLOOD_OUT, 0.5),
				port(reservoir, "venousIn", PortKind.BLOOD_IN, 0.5), 0.5, 1.8, LineRole.VENOUS);
		connect(circuit, "pumpInlet", port(reservoir, "out", PortKind.BLOOD_OUT, 0.5),
				port(pump, "in", PortKind.BLOOD_IN, 0.5), 0.5, 0.6, LineRole.ARTERIAL);
		connect(circuit, "pumpOutlet", port(pump, "out", PortKind.BLOOD_OUT, 0.375),
				port(oxygenator, "bloodIn", PortKind.BLOOD_IN, 0.375), 0.375, 0.5, LineRole.ARTERIAL);
		Connection arterialTube = connect(circuit, "arterialTube", port(oxygenator, "bloodOut", PortKind.BLOOD_OUT, 0.375),
				port(arterialCannula, "in", PortKind.BLOOD_IN, 0.375), 0.375, 1.8, LineRole.ARTERIAL);
		connect(circuit, "arterialLine", port(arterialCannula, "patientOut", PortKind.BLOOD_OUT, 0),
				port(patient, "arterialIn", PortKind.BLOOD_IN, 0), 0, 0, LineRole.ARTERIAL);
		connect(circuit, "cardioplegiaLine", port(oxygenator, "sample", PortKind.BLOOD_OUT, 0.25),
				port(cardioplegia, "bloodIn", PortKind.BLOOD_IN, 0.25), 0.25, 1.5, LineRole.CARDIOPLEGIA);
		connect(circuit, "ultrafiltrationLine", port(oxygenator, "purge", PortKind.BLOOD_OUT, 0.25),
				port(hemoconcentrator, "in", PortKind.BLOOD_IN, 0.25), 0.25, 1.0, LineRole.ULTRAFILTRATION);

		sensor(circuit, "preOxygenatorPressure", SensorKind.PRESSURE, oxygenator);
		sensor(circuit, "arterialPressure", SensorKind.PRESSURE, arterialTube);
		sensor(circuit, "bubbleDetector", SensorKind.BUBBLE, arterialTube);
		sensor(circuit, "levelDetector", SensorKind.LEVEL, reservoir);
		sensor(circuit, "arterialTemperature", SensorKind.TEMPERATURE, arterialTube);
		return circuit;
	}

	/** {@link #adult()} with a centrifugal arterial pump (generic head curve) and a flow probe. */
	public static Circuit adultCentrifugal() {
		Circuit circuit = adult();
		var roller = (org.eccworkbench.model.circuit.RollerPump) find(circuit, "arterialPump");
		var centrifugal = F.createCentrifugalPump();
		centrifugal.setId("arterialPump");
		centrifugal.setName("arterialPump");
		centrifugal.setRole(PumpRole.ARTERIAL);
		centrifugal.setMaxRpm(3600);
		centrifugal.getPorts().addAll(roller.getPorts());
		circuit.getComponents().set(circuit.getComponents().indexOf(roller), centrifugal);
		sensor(circuit, "flowProbe", SensorKind.FLOW, find(circuit, "arterialTube"));
		return circuit;
	}

	/**
	 * VA ECMO, a closed circuit without reservoir: patient → femoral venous cannula (Bard 20 Fr,
	 * catalog flow at −300 mmHg) → 3/8" line → centrifugal pump → Quadrox-i Adult → 3/8" line →
	 * femoral arterial cannula (Bard 20 Fr, catalog flow at 200 mmHg) → patient; pressure and
	 * flow sensors, no heater-cooler.
	 */
	public static Circuit vaEcmo() {
		Circuit circuit = F.createCircuit();
		circuit.setName("example VA ECMO");
		circuit.setKind(org.eccworkbench.model.circuit.CircuitKind.VA_ECMO);
		var patient = add(circuit, F.createPatientNode(), "patient");
		var venousCannula = add(circuit, F.createCannula(), "venousCannula");
		venousCannula.setCannulaKind(org.eccworkbench.model.circuit.CannulaKind.FEMORAL_VENOUS);
		venousCannula.setProductId("bard.femoral-venous-20fr");
		venousCannula.setSizeFr(20);
		var pump = add(circuit, F.createCentrifugalPump(), "pump");
		pump.setRole(PumpRole.ARTERIAL);
		pump.setMaxRpm(5000);
		var oxygenator = add(circuit, F.createOxygenator(), "oxygenator");
		oxygenator.setProductId("getinge.quadrox-i-adult");
		oxygenator.setHeatExchanger(false);
		var arterialCannula = add(circuit, F.createCannula(), "arterialCannula");
		arterialCannula.setCannulaKind(org.eccworkbench.model.circuit.CannulaKind.FEMORAL_ARTERIAL);
		arterialCannula.setProductId("bard.femoral-arterial-20fr");
		arterialCannula.setSizeFr(20);
		add(circuit, F.createGasBlender(), "gasBlender").setSweepLMin(3);
		connect(circuit, "drainage", port(patient, "venousOut", PortKind.BLOOD_OUT, 0),
				port(venousCannula, "patientIn", PortKind.BLOOD_IN, 0), 0, 0, LineRole.VENOUS);
		connect(circuit, "venousTube", port(venousCannula, "out", PortKind.BLOOD_OUT, 0.375),
				port(pump, "in", PortKind.BLOOD_IN, 0.375), 0.375, 1.5, LineRole.VENOUS);
		connect(circuit, "pumpOutlet", port(pump, "out", PortKind.BLOOD_OUT, 0.375),
				port(oxygenator, "bloodIn", PortKind.BLOOD_IN, 0.375), 0.375, 0.3, LineRole.ARTERIAL);
		Connection arterialTube = connect(circuit, "arterialTube", port(oxygenator, "bloodOut", PortKind.BLOOD_OUT, 0.375),
				port(arterialCannula, "in", PortKind.BLOOD_IN, 0.375), 0.375, 1.5, LineRole.ARTERIAL);
		connect(circuit, "return", port(arterialCannula, "patientOut", PortKind.BLOOD_OUT, 0),
				port(patient, "arterialIn", PortKind.BLOOD_IN, 0), 0, 0, LineRole.ARTERIAL);
		sensor(circuit, "postOxygenatorPressure", SensorKind.PRESSURE, arterialTube);
		sensor(circuit, "flowProbe", SensorKind.FLOW, arterialTube);
		return circuit;
	}

	static CircuitElement find(Circuit circuit, String id) {
		for (Component c : circuit.getComponents()) {
			if (id.equals(c.getId())) {
				return c;
			}
		}
		for (Connection c : circuit.getConnections()) {
			if (id.equals(c.getId())) {
				return c;
			}
		}
		throw new IllegalArgumentException(id);
	}

	static <T extends Component> T add(Circuit circuit, T component, String id) {
		component.setId(id);
		component.setName(id);
		circuit.getComponents().add(component);
		return component;
	}

	static Sensor sensor(Circuit circuit, String id, SensorKind kind, CircuitElement at) {
		Sensor sensor = add(circuit, F.createSensor(), id);
		sensor.setSensorKind(kind);
		sensor.setAttachedTo(at);
		return sensor;
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
}
