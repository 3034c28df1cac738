package org.eccworkbench.model.tests;

import static org.eccworkbench.model.tests.Circuits.F;
import static org.eccworkbench.model.tests.Circuits.add;
import static org.eccworkbench.model.tests.Circuits.connect;
import static org.eccworkbench.model.tests.Circuits.port;

import java.util.Optional;
import java.util.OptionalDouble;

import org.eccworkbench.model.circuit.CardioplegiaProtocol;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.CircuitElement;
import org.eccworkbench.model.circuit.CircuitKind;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.LineRole;
import org.eccworkbench.model.circuit.Port;
import org.eccworkbench.model.circuit.PortKind;
import org.eccworkbench.model.circuit.Pump;
import org.eccworkbench.model.circuit.PumpRole;
import org.eccworkbench.model.circuit.Reservoir;
import org.eccworkbench.model.circuit.SensorKind;
import org.eccworkbench.model.circuit.SuctionVentKind;
import org.eccworkbench.model.validation.CircuitFacts;
import org.eccworkbench.model.validation.FlowCapacity;

/**
 * An adult bypass circuit built in code that every rule accepts: venous cannula, clamp,
 * reservoir with level sensor, arterial pump, oxygenator with gas and water, arterial filter,
 * sensors, recirculation, cardioplegia, vent and sucker. Tests break it one rule at a time.
 */
final class CompleteCircuit {

	private CompleteCircuit() {
	}

	static Circuit roller() {
		return build(false);
	}

	/** The same with a centrifugal arterial pump, a flow probe and a one-way valve after it. */
	static Circuit centrifugal() {
		return build(true);
	}

	private static Circuit build(boolean centrifugal) {
		Circuit circuit = F.createCircuit();
		circuit.setName("complete adult");
		circuit.setKind(CircuitKind.CPB);
		var patientData = F.createPatient();
		patientData.setHeightCm(175.0);
		patientData.setWeightKg(80.0);
		patientData.setHematocritPercent(40.0);
		circuit.setPatient(patientData);
		var patient = add(circuit, F.createPatientNode(), "patient");
		var venousCannula = add(circuit, F.createCannula(), "venousCannula");
		var venousClamp = add(circuit, F.createClamp(), "venousClamp");
		Reservoir reservoir = add(circuit, F.createReservoir(), "reservoir");
		reservoir.setMinimumLevelMl(200.0);
		reservoir.setCardiotomyFilter(true);
		Pump pump = add(circuit, centrifugal ? F.createCentrifugalPump() : F.createRollerPump(), "arterialPump");
		pump.setRole(PumpRole.ARTERIAL);
		var oxygenator = add(circuit, F.createOxygenator(), "oxygenator");
		var filter = add(circuit, F.createArterialFilter(), "arterialFilter");
		var arterialCannula = add(circuit, F.createCannula(), "arterialCannula");
		var blender = add(circuit, F.createGasBlender(), "blender");
		blender.setSweepLMin(2.0);
		var heater = add(circuit, F.createHeaterCooler(), "heaterCooler");

		connect(circuit, "venousLine", port(patient, "venousOut", PortKind.BLOOD_OUT, 0),
				port(venousCannula, "in", PortKind.BLOOD_IN, 0), 0, 0, LineRole.VENOUS);
		connect(circuit, "venousTube", port(venousCannula, "out", PortKind.BLOOD_OUT, 0.5),
				port(venousClamp, "in", PortKind.BLOOD_IN, 0.5), 0.5, 1.5, LineRole.VENOUS);
		connect(circuit, "venousTube2", port(venousClamp, "out", PortKind.BLOOD_OUT, 0.5),
				port(reservoir, "venousIn", PortKind.BLOOD_IN, 0.5), 0.5, 0.3, LineRole.VENOUS);
		connect(circuit, "pumpInlet", port(reservoir, "out", PortKind.BLOOD_OUT, 0.5),
				port(pump, "in", PortKind.BLOOD_IN, 0.5), 0.5, 0.6, LineRole.ARTERIAL);
		Port pumpOut = port(pump, "out", PortKind.BLOOD_OUT, 0.375);
		Port oxygenatorIn = port(oxygenator, "bloodIn", PortKind.BLOOD_IN, 0.375);
		if (centrifugal) {
			var valve = add(circuit, F.createOneWayValve(), "pumpValve");
			connect(circuit, "pumpOutlet", pumpOut, port(valve, "in", PortKind.BLOOD_IN, 0.375), 0.375, 0.2,
					LineRole.ARTERIAL);
			connect(circuit, "valveOutlet", port(valve, "out", PortKind.BLOOD_OUT, 0.375), oxygenatorIn, 0.375, 0.3,
					LineRole.ARTERIAL);
			sensor(circuit, "flowProbe", SensorKind.FLOW, circuit.findElement("valveOutlet"));
		} else {
			connect(circuit, "pumpOutlet", pumpOut, oxygenatorIn, 0.375, 0.5, LineRole.ARTERIAL);
		}
		connect(circuit, "oxygenatorOutlet", port(oxygenator, "bloodOut", PortKind.BLOOD_OUT, 0.375),
				port(filter, "in", PortKind.BLOOD_IN, 0.375), 0.375, 0.3, LineRole.ARTERIAL);
		connect(circuit, "arterialTube", port(filter, "out", PortKind.BLOOD_OUT, 0.375),
				port(arterialCannula, "in", PortKind.BLOOD_IN, 0.375), 0.375, 1.5, LineRole.ARTERIAL);
		connect(circuit, "arterialLine", port(arterialCannula, "out", PortKind.BLOOD_OUT, 0),
				port(patient, "arterialIn", PortKind.BLOOD_IN, 0), 0, 0, LineRole.ARTERIAL);
		connect(circuit, "gasLine", port(blender, "out", PortKind.GAS_OUT, 0),
				port(oxygenator, "gasIn", PortKind.GAS_IN, 0), 0, 2, LineRole.GAS);
		connect(circuit, "waterSupply", port(heater, "out", PortKind.WATER_OUT, 0),
				port(oxygenator, "waterIn", PortKind.WATER_IN, 0), 0, 2, LineRole.WATER);
		connect(circuit, "waterReturn", port(oxygenator, "waterOut", PortKind.WATER_OUT, 0),
				port(heater, "in", PortKind.WATER_IN, 0), 0, 2, LineRole.WATER);
		connect(circuit, "recirculation", port(oxygenator, "recirculationOut", PortKind.BLOOD_OUT, 0.25),
				port(reservoir, "recirculationIn", PortKind.BLOOD_IN, 0.25), 0.25, 1, LineRole.RECIRCULATION);

		var cardioplegiaPump = add(circuit, F.createRollerPump(), "cardioplegiaPump");
		cardioplegiaPump.setRole(PumpRole.CARDIOPLEGIA);
		cardioplegiaPump.setBootInternalDiameterInch(0.25);
		var cardioplegia = add(circuit, F.createCardioplegiaSet(), "cardioplegiaSet");
		cardioplegia.setProtocol(CardioplegiaProtocol.BLOOD_4TO_1);
		cardioplegia.setBloodToCrystalloidRatio(4);
		connect(circuit, "cardioplegiaSupply", port(oxygenator, "cardioplegiaOut", PortKind.BLOOD_OUT, 0.25),
				port(cardioplegiaPump, "in", PortKind.BLOOD_IN, 0.25), 0.25, 1, LineRole.CARDIOPLEGIA);
		connect(circuit, "cardioplegiaPumpOutlet", port(cardioplegiaPump, "out", PortKind.BLOOD_OUT, 0.25),
				port(cardioplegia, "bloodIn", PortKind.BLOOD_IN, 0.25), 0.25, 0.5, LineRole.CARDIOPLEGIA);
		connect(circuit, "cardioplegiaDelivery", port(cardioplegia, "out", PortKind.BLOOD_OUT, 0.25),
				port(patient, "cardioplegiaIn", PortKind.BLOOD_IN, 0), 0.25, 1.5, LineRole.CARDIOPLEGIA);

		var vent = add(circuit, F.createSuctionVent(), "vent");
		vent.setSuctionVentKind(SuctionVentKind.VENT);
		var valve = add(circuit, F.createOneWayValve(), "ventValve");
		var ventPump = add(circuit, F.createRollerPump(), "ventPump");
		ventPump.setRole(PumpRole.VENT);
		connect(circuit, "ventLine", port(vent, "out", PortKind.BLOOD_OUT, 0.25),
				port(valve, "in", PortKind.BLOOD_IN, 0.25), 0.25, 1.5, LineRole.VENT);
		connect(circuit, "ventLine2", port(valve, "out", PortKind.BLOOD_OUT, 0.25),
				port(ventPump, "in", PortKind.BLOOD_IN, 0.25), 0.25, 0.3, LineRole.VENT);
		connect(circuit, "ventReturn", port(ventPump, "out", PortKind.BLOOD_OUT, 0.25),
				port(reservoir, "ventIn", PortKind.SUCTION_IN, 0.25), 0.25, 0.5, LineRole.VENT);
		var sucker = add(circuit, F.createSuctionVent(), "sucker");
		var suckerPump = add(circuit, F.createRollerPump(), "suckerPump");
		suckerPump.setRole(PumpRole.SUCTION);
		connect(circuit, "suctionLine", port(sucker, "out", PortKind.BLOOD_OUT, 0.25),
				port(suckerPump, "in", PortKind.BLOOD_IN, 0.25), 0.25, 1.8, LineRole.SUCTION);
		connect(circuit, "suctionReturn", port(suckerPump, "out", PortKind.BLOOD_OUT, 0.25),
				port(reservoir, "cardiotomyIn", PortKind.SUCTION_IN, 0.25), 0.25, 0.5, LineRole.SUCTION);

		sensor(circuit, "levelSensor", SensorKind.LEVEL, reservoir);
		sensor(circuit, "arterialPressure", SensorKind.PRESSURE, circuit.findElement("oxygenatorOutlet"));
		sensor(circuit, "bubbleDetector", SensorKind.BUBBLE, circuit.findElement("arterialTube"));
		sensor(circuit, "arterialTemperature", SensorKind.TEMPERATURE, oxygenator);
		sensor(circuit, "cardioplegiaPressure", SensorKind.PRESSURE, cardioplegia);
		return circuit;
	}

	static Component sensor(Circuit circuit, String id, SensorKind kind, CircuitElement attachedTo) {
		var sensor = add(circuit, F.createSensor(), id);
		sensor.setSensorKind(kind);
		sensor.setAttachedTo(attachedTo);
		return sensor;
	}

	/** Facts for the tests: a target flow, and the same capacity for every part and tube. */
	static CircuitFacts facts(double targetLMin, Optional<FlowCapacity> capacity, OptionalDouble minimumLevelMl) {
		return new CircuitFacts() {
			@Override
			public OptionalDouble targetFlowLMin(Circuit circuit) {
				return Double.isNaN(targetLMin) ? OptionalDouble.empty() : OptionalDouble.of(targetLMin);
			}

			@Override
			public Optional<FlowCapacity> flowCapacity(CircuitElement element) {
				return capacity;
			}

			@Override
			public OptionalDouble productMinimumLevelMl(Reservoir reservoir) {
				return minimumLevelMl;
			}
		};
	}

	static CircuitFacts ample() {
		return facts(4.8, Optional.of(FlowCapacity.rated(7, "test")), OptionalDouble.empty());
	}
}
