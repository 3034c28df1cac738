package org.eccworkbench.ui.sim.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.sim.AlarmId;
import org.eccworkbench.sim.Signal;
import org.junit.jupiter.api.Test;

/** Which signal is shown at which part of the shipped adult template and of the simulation example. */
class PartReadingsTest {

	private static List<Signal> signals(PartReadings readings, Circuit circuit, String id) {
		return readings.readings(Circuits.part(circuit, id)).stream().map(Reading::signal).toList();
	}

	private static Set<String> ids(Set<Component> parts) {
		return parts.stream().map(Component::getId).collect(Collectors.toSet());
	}

	@Test
	void theAdultTemplatesPartsShowTheirValues() {
		Circuit circuit = Circuits.load(Circuits.adultTemplate());
		PartReadings readings = new PartReadings(circuit, CatalogRegistry.contributed());
		assertEquals(List.of(Signal.RESERVOIR_ML), signals(readings, circuit, "reservoir"));
		assertEquals(List.of(Signal.PUMP_FLOW_L_MIN, Signal.PUMP_RPM), signals(readings, circuit, "arterialPump"));
		assertEquals(List.of(), signals(readings, circuit, "ventPump"), "only the arterial pump's flow is simulated");
		assertEquals(List.of(Signal.PRE_OXYGENATOR_MMHG, Signal.POST_OXYGENATOR_MMHG, Signal.ARTERIAL_OUTLET_C),
				signals(readings, circuit, "oxygenator"));
		assertEquals(List.of(Signal.ARTERIAL_LINE_MMHG), signals(readings, circuit, "arterialCannula"));
		assertEquals(List.of(Signal.VENOUS_DRAINAGE_L_MIN, Signal.VENOUS_INFLOW_C), signals(readings, circuit, "venousCannula"));
		assertEquals(List.of(Signal.PRE_OXYGENATOR_MMHG), signals(readings, circuit, "preOxygenatorPressure"),
				"pump outlet line, through the reducer to the oxygenator");
		assertEquals(List.of(Signal.ARTERIAL_LINE_MMHG), signals(readings, circuit, "arterialLinePressure"));
		assertEquals(List.of(Signal.ARTERIAL_OUTLET_C), signals(readings, circuit, "arterialTemperature"));
		assertEquals(List.of(Signal.VENOUS_INFLOW_C), signals(readings, circuit, "venousTemperature"));
		assertEquals(List.of(Signal.SVO2_PERCENT, Signal.HCT_PERCENT), signals(readings, circuit, "venousSaturation"));
		assertEquals(List.of(Signal.ARTERIAL_AIR_ML), signals(readings, circuit, "bubbleDetector"));
		assertEquals(List.of(Signal.RESERVOIR_ML), signals(readings, circuit, "levelSensor"));
		assertEquals(List.of(), signals(readings, circuit, "cardioplegiaPressure"), "cardioplegia pressure is not simulated");
		assertEquals(List.of(Signal.SWEEP_L_MIN, Signal.FIO2_PERCENT), signals(readings, circuit, "gasBlender"));
		assertEquals(List.of(Signal.WATER_C), signals(readings, circuit, "heaterCooler"));
		assertEquals(List.of(Signal.MAP_MMHG, Signal.CVP_MMHG, Signal.CORE_C, Signal.DO2I_ML_MIN_M2),
				signals(readings, circuit, "patient"));
	}

	@Test
	void theReservoirShowsItsMinimumLevelFromTheCatalog() {
		Circuit circuit = Circuits.load(Circuits.adultTemplate());
		Reading level = new PartReadings(circuit, CatalogRegistry.contributed()).readings(Circuits.part(circuit, "reservoir")).get(0);
		double[] values = new double[Signal.values().length];
		values[Signal.RESERVOIR_ML.ordinal()] = 1234;
		String text = level.format(values);
		assertTrue(text.startsWith("1234 mL"), text);
		assertTrue(text.contains("min"), "the minimum is shown: " + text);
		Reading withoutCatalog = new PartReadings(circuit, null).readings(Circuits.part(circuit, "reservoir")).get(0);
		assertEquals(Messages.Reading_level, withoutCatalog.pattern(), "no catalog, no minimum");
	}

	@Test
	void alarmsOutlineThePartsTheyConcern() {
		Circuit circuit = Circuits.load(Circuits.adultTemplate());
		PartReadings readings = new PartReadings(circuit, null);
		assertEquals(Set.of("arterialPump"), ids(readings.partsOf(AlarmId.PUMP_FAILURE)));
		assertEquals(Set.of("reservoir", "levelSensor"), ids(readings.partsOf(AlarmId.LOW_LEVEL)));
		assertEquals(Set.of("bubbleDetector"), ids(readings.partsOf(AlarmId.BUBBLE)));
		assertEquals(Set.of("preOxygenatorPressure", "arterialLinePressure"), ids(readings.partsOf(AlarmId.HIGH_LINE_PRESSURE)));
		assertEquals(Set.of("heaterCooler"), ids(readings.partsOf(AlarmId.HEATER_COOLER_FAILURE)));
		assertEquals(Set.of("oxygenator"), ids(readings.partsOf(AlarmId.ARTERIAL_OUTLET_37)));
		assertEquals(Set.of("patient", "venousSaturation"), ids(readings.partsOf(AlarmId.LOW_SVO2)));
		assertEquals(Set.of("cardioplegiaSet"), ids(readings.partsOf(AlarmId.CARDIOPLEGIA_OVERDUE)));
		assertEquals(Set.of("arterialPump", "heaterCooler", "reservoir", "levelSensor"),
				ids(readings.partsOf(Set.of(AlarmId.POWER_FAILURE, AlarmId.LOW_LEVEL))));
		for (AlarmId id : AlarmId.values()) {
			assertTrue(!readings.partsOf(id).isEmpty(), id + " outlines a part of the adult template");
		}
	}

	@Test
	void theSimulationExamplesSensorsByWhereTheyAreAttached() {
		Circuit circuit = Circuits.load(Circuits.simExample());
		PartReadings readings = new PartReadings(circuit, null);
		assertEquals(List.of(Signal.PRE_OXYGENATOR_MMHG), signals(readings, circuit, "preOxygenatorPressure"),
				"a pressure sensor on the oxygenator");
		assertEquals(List.of(Signal.ARTERIAL_LINE_MMHG), signals(readings, circuit, "arterialPressure"),
				"a pressure sensor of no stated kind on the arterial tube");
		assertEquals(List.of(Signal.ARTERIAL_OUTLET_C), signals(readings, circuit, "arterialTemperature"));
		assertEquals(PartReadings.Place.PUMP_INLET, readings.place(circuit.getConnections().stream()
				.filter(c -> "pumpInlet".equals(c.getId())).findFirst().orElseThrow()));
	}
}
