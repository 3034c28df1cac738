package org.eccworkbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.CircuitElement;
import org.eccworkbench.model.circuit.CircuitKind;
import org.eccworkbench.model.circuit.Clamp;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.Connector;
import org.eccworkbench.model.circuit.ConnectorKind;
import org.eccworkbench.model.circuit.GasBlender;
import org.eccworkbench.model.circuit.HeaterCooler;
import org.eccworkbench.model.circuit.LineRole;
import org.eccworkbench.model.circuit.Port;
import org.eccworkbench.model.circuit.PortKind;
import org.eccworkbench.model.circuit.Pump;
import org.eccworkbench.model.circuit.PumpRole;
import org.eccworkbench.model.circuit.Reservoir;
import org.eccworkbench.model.circuit.RollerPump;
import org.eccworkbench.model.circuit.Sensor;
import org.eccworkbench.model.validation.CircuitFacts;
import org.eccworkbench.model.validation.CircuitRule;
import org.eccworkbench.model.validation.CircuitValidation;
import org.eccworkbench.model.validation.FlowCapacity;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule: a circuit that breaks it, reported on the offending element, and one that does not. */
class ValidationRulesTest {

	private static final Supplier<CircuitFacts> AMPLE = CompleteCircuit::ample;

	record Breach(CircuitRule rule, Supplier<Circuit> base, Consumer<Circuit> change, String element,
			Supplier<CircuitFacts> facts) {

		@Override
		public String toString() {
			return rule.id();
		}
	}

	static Stream<Arguments> breaches() {
		return Stream.of(
				roller(CircuitRule.CLOSED_BLOOD_LOOP, c -> remove(c, "arterialLine"), "patient"),
				roller(CircuitRule.CLOSED_BLOOD_LOOP, c -> EcoreUtil.delete(c.findElement("patient"), true), "complete adult"),
				roller(CircuitRule.OXYGENATOR_ON_ARTERIAL_PATH, ValidationRulesTest::bypassOxygenator, "patient"),
				roller(CircuitRule.ARTERIAL_PRESSURE_MONITORED, c -> remove(c, "arterialPressure"), "arterialPump"),
				roller(CircuitRule.ARTERIAL_FILTER, ValidationRulesTest::removeFilter, "arterialPump"),
				roller(CircuitRule.ARTERIAL_TEMPERATURE_PROBE, c -> remove(c, "arterialTemperature"), "oxygenator"),
				roller(CircuitRule.PATIENT_DATA, c -> c.getPatient().setHematocritPercent(null), "patient data"),
				roller(CircuitRule.PUMP_DIRECTION, c -> reverse(c, "suctionLine", "suctionReturn"), "suckerPump"),
				roller(CircuitRule.PUMP_DIRECTION, c -> reverse(c, "pumpInlet", "pumpOutlet"), "arterialPump"),
				roller(CircuitRule.ARTERIAL_BUBBLE_DETECTOR, c -> remove(c, "bubbleDetector"), "arterialPump"),
				roller(CircuitRule.RESERVOIR_LEVEL_DETECTOR, c -> remove(c, "levelSensor"), "reservoir"),
				roller(CircuitRule.OCCLUSION_RANGE, c -> ((RollerPump) c.findElement("arterialPump")).setOcclusion(1.2),
						"arterialPump"),
				new Breach(CircuitRule.CENTRIFUGAL_FLOW_PROBE, CompleteCircuit::centrifugal, c -> remove(c, "flowProbe"),
						"arterialPump", AMPLE),
				new Breach(CircuitRule.CENTRIFUGAL_BACKFLOW, CompleteCircuit::centrifugal,
						ValidationRulesTest::removePumpValve, "arterialPump", AMPLE),
				roller(CircuitRule.OXYGENATOR_GAS_SUPPLY, c -> remove(c, "gasLine"), "oxygenator"),
				roller(CircuitRule.OXYGENATOR_WATER, c -> remove(c, "waterSupply"), "oxygenator"),
				new Breach(CircuitRule.OXYGENATOR_RATED_FLOW, CompleteCircuit::roller, c -> {
				}, "oxygenator", () -> CompleteCircuit.facts(4.8, Optional.of(FlowCapacity.rated(4, "test")),
						OptionalDouble.empty())),
				new Breach(CircuitRule.CANNULA_FLOW, CompleteCircuit::roller, c -> {
				}, "arterialCannula", () -> CompleteCircuit.facts(6.5, Optional.of(FlowCapacity.rated(6, "test")),
						OptionalDouble.empty())),
				roller(CircuitRule.RESERVOIR_MINIMUM_LEVEL, c -> ((Reservoir) c.findElement("reservoir")).setMinimumLevelMl(null),
						"reservoir"),
				new Breach(CircuitRule.RESERVOIR_MINIMUM_LEVEL, CompleteCircuit::roller,
						c -> ((Reservoir) c.findElement("reservoir")).setMinimumLevelMl(100.0), "reservoir",
						() -> CompleteCircuit.facts(4.8, Optional.of(FlowCapacity.rated(7, "test")), OptionalDouble.of(200))),
				roller(CircuitRule.PORT_DIRECTION, c -> reverse(c, "gasLine"), "gasLine"),
				roller(CircuitRule.PORT_KINDS, c -> ((Connection) c.findElement("waterSupply"))
						.setTarget(((Component) c.findElement("oxygenator")).findPort("gasIn")), "waterSupply"),
				roller(CircuitRule.DIAMETER_CHANGE, c -> ((Connection) c.findElement("arterialTube")).setInternalDiameterInch(0.5),
						"arterialTube"),
				roller(CircuitRule.RECIRCULATION_LINE_SIZE,
						c -> setDiameter(c, "recirculation", 0.125), "recirculation"),
				new Breach(CircuitRule.TUBE_FLOW, CompleteCircuit::roller, c -> {
				}, "venousTube", () -> CompleteCircuit.facts(6, Optional.of(FlowCapacity.rated(5.5, "test")),
						OptionalDouble.empty())),
				roller(CircuitRule.PORT_CONNECTED, c -> remove(c, "recirculation"), "oxygenator.recirculationOut"),
				roller(CircuitRule.PORT_CONNECTED_ONCE, ValidationRulesTest::branchWithoutConnector, "oxygenator.bloodOut"),
				roller(CircuitRule.CLAMP_ON_MAIN_PATH, c -> ((Clamp) c.findElement("venousClamp")).setClosed(true),
						"venousClamp"),
				roller(CircuitRule.SENSOR_ATTACHED, c -> ((Sensor) c.findElement("bubbleDetector")).setAttachedTo(null),
						"bubbleDetector"),
				roller(CircuitRule.VENT_ONE_WAY_VALVE, ValidationRulesTest::removeVentValve, "vent"),
				roller(CircuitRule.SUCTION_RETURN, c -> ((Reservoir) c.findElement("reservoir")).setCardiotomyFilter(false),
						"sucker"),
				roller(CircuitRule.MINIMUM_SWEEP, c -> ((GasBlender) c.findElement("blender")).setSweepLMin(0.2), "blender"),
				roller(CircuitRule.WATER_TEMPERATURE, c -> ((HeaterCooler) c.findElement("heaterCooler")).setWaterTemperatureC(43),
						"heaterCooler"),
				roller(CircuitRule.CARDIOPLEGIA_DELIVERY, c -> remove(c, "cardioplegiaPressure"), "cardioplegiaSet"),
				roller(CircuitRule.CARDIOPLEGIA_DELIVERY,
						c -> ((Pump) c.findElement("cardioplegiaPump")).setRole(PumpRole.RECIRCULATION), "cardioplegiaSet"))
				.map(Arguments::of);
	}

	private static Breach roller(CircuitRule rule, Consumer<Circuit> change, String element) {
		return new Breach(rule, CompleteCircuit::roller, change, element, AMPLE);
	}

	@Test
	void theCompleteCircuitsBreakNoRule() {
		for (Circuit circuit : List.of(CompleteCircuit.roller(), CompleteCircuit.centrifugal())) {
			List<Diagnostic> findings = CircuitValidation.findings(CircuitValidation.validate(circuit, CompleteCircuit.ample()));
			assertEquals(List.of(), findings.stream().map(Diagnostic::getMessage).toList());
		}
	}

	@Test
	void everyRuleHasABreakingCircuit() {
		Set<CircuitRule> covered = breaches().map(a -> ((Breach) a.get()[0]).rule())
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(CircuitRule.class)));
		assertEquals(EnumSet.allOf(CircuitRule.class), covered);
		assertTrue(CircuitRule.values().length >= 25);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("breaches")
	void aBreachIsReportedOnTheOffendingElementWithTheRuleSeverity(Breach breach) {
		Circuit circuit = breach.base().get();
		assertFalse(ofRule(circuit, AMPLE.get(), breach.rule()).stream()
				.anyMatch(d -> d.getSeverity() >= Diagnostic.WARNING), "the unbroken circuit passes " + breach.rule());
		breach.change().accept(circuit);
		List<Diagnostic> found = ofRule(circuit, breach.facts().get(), breach.rule());
		assertFalse(found.isEmpty(), breach.rule() + " is reported");
		for (Diagnostic diagnostic : found) {
			assertEquals(breach.rule().severity(), diagnostic.getSeverity(), diagnostic.getMessage());
			assertEquals(CircuitRule.SOURCE, diagnostic.getSource());
			assertEquals(breach.rule().code(), diagnostic.getCode());
			assertFalse(diagnostic.getMessage().isBlank());
		}
		List<String> elements = found.stream().map(ValidationRulesTest::elementId).toList();
		assertTrue(elements.contains(breach.element()), breach.element() + " in " + elements);
	}

	@Test
	void withoutFactsTheFlowRulesSayTheyCannotCheck() {
		List<Diagnostic> findings = CircuitValidation.findings(CircuitValidation.validate(CompleteCircuit.roller(), null));
		for (CircuitRule rule : List.of(CircuitRule.OXYGENATOR_RATED_FLOW, CircuitRule.CANNULA_FLOW, CircuitRule.TUBE_FLOW)) {
			List<Diagnostic> of = findings.stream().filter(d -> CircuitRule.of(d).orElse(null) == rule).toList();
			assertFalse(of.isEmpty(), rule.id());
			of.forEach(d -> {
				assertEquals(Diagnostic.INFO, d.getSeverity());
				assertTrue(d.getMessage().startsWith("cannot check: "), d.getMessage());
			});
		}
		assertTrue(findings.stream().allMatch(d -> d.getSeverity() == Diagnostic.INFO));
	}

	@Test
	void aFigureThatOnlyBoundsTheFlowCannotConfirmIt() {
		CircuitFacts upperOnly = CompleteCircuit.facts(4.8,
				Optional.of(new FlowCapacity(OptionalDouble.empty(), OptionalDouble.of(6), "at 200 mmHg")), OptionalDouble.empty());
		List<Diagnostic> cannula = ofRule(CompleteCircuit.roller(), upperOnly, CircuitRule.CANNULA_FLOW);
		assertEquals(Diagnostic.INFO, cannula.get(0).getSeverity());
		assertTrue(cannula.get(0).getMessage().contains("at 200 mmHg"), cannula.get(0).getMessage());
		List<Diagnostic> unknownTarget = ofRule(CompleteCircuit.roller(),
				CompleteCircuit.facts(Double.NaN, Optional.empty(), OptionalDouble.empty()), CircuitRule.OXYGENATOR_RATED_FLOW);
		assertTrue(unknownTarget.get(0).getMessage().contains("target flow is unknown"));
	}

	@Test
	void aReducerJoinsTwoSizes() {
		Circuit circuit = CompleteCircuit.roller();
		Connection tube = (Connection) circuit.findElement("pumpInlet");
		Connector reducer = Circuits.add(circuit, Circuits.F.createConnector(), "reducer");
		reducer.setConnectorKind(ConnectorKind.REDUCER);
		Port reducerIn = Circuits.port(reducer, "in", PortKind.BLOOD_IN, 0.5);
		Port reducerOut = Circuits.port(reducer, "out", PortKind.BLOOD_OUT, 0.375);
		Port pumpIn = tube.getTarget();
		pumpIn.setDiameterInch(0.375);
		tube.setTarget(reducerIn);
		Circuits.connect(circuit, "pumpInlet2", reducerOut, pumpIn, 0.375, 0.1, LineRole.ARTERIAL);
		assertEquals(List.of(), ofRule(circuit, AMPLE.get(), CircuitRule.DIAMETER_CHANGE));
		reducer.setConnectorKind(ConnectorKind.STRAIGHT);
		reducerOut.setDiameterInch(0.5);
		assertEquals(1, ofRule(circuit, AMPLE.get(), CircuitRule.DIAMETER_CHANGE).size());
	}

	@Test
	void ecmoNeedsNoArterialFilter() {
		Circuit circuit = CompleteCircuit.roller();
		removeFilter(circuit);
		circuit.setKind(CircuitKind.VA_ECMO);
		assertEquals(List.of(), ofRule(circuit, AMPLE.get(), CircuitRule.ARTERIAL_FILTER));
	}

	@Test
	void messagesAreFrenchToo() throws Exception {
		var english = new java.util.Properties();
		var french = new java.util.Properties();
		try (var in = org.eccworkbench.model.internal.rules.RuleMessages.class.getResourceAsStream("messages.properties");
				var fr = org.eccworkbench.model.internal.rules.RuleMessages.class.getResourceAsStream("messages_fr.properties")) {
			english.load(in);
			french.load(fr);
		}
		assertEquals(english.keySet(), french.keySet());
		assertTrue(Arrays.stream(org.eccworkbench.model.internal.rules.RuleMessages.class.getFields())
				.allMatch(f -> english.containsKey(f.getName())));
	}

	private static String elementId(Diagnostic diagnostic) {
		EObject element = CircuitValidation.element(diagnostic);
		return element instanceof CircuitElement e ? e.getId()
				: element instanceof Port p ? p.getId() : element instanceof Circuit c ? c.getName() : "patient data";
	}

	static List<Diagnostic> ofRule(Circuit circuit, CircuitFacts facts, CircuitRule rule) {
		return CircuitValidation.findings(CircuitValidation.validate(circuit, facts)).stream()
				.filter(d -> CircuitRule.of(d).orElse(null) == rule).toList();
	}

	static void remove(Circuit circuit, String id) {
		EcoreUtil.delete(circuit.findElement(id), true);
	}

	static void reverse(Circuit circuit, String... ids) {
		for (String id : ids) {
			Connection connection = (Connection) circuit.findElement(id);
			Port source = connection.getSource();
			connection.setSource(connection.getTarget());
			connection.setTarget(source);
		}
	}

	private static void setDiameter(Circuit circuit, String id, double inches) {
		Connection connection = (Connection) circuit.findElement(id);
		connection.setInternalDiameterInch(inches);
		connection.getSource().setDiameterInch(inches);
		connection.getTarget().setDiameterInch(inches);
	}

	/** The pump outlet goes straight to the filter: the oxygenator is left aside. */
	private static void bypassOxygenator(Circuit circuit) {
		Connection outlet = (Connection) circuit.findElement("pumpOutlet");
		outlet.setTarget(((Component) circuit.findElement("arterialFilter")).findPort("in"));
		remove(circuit, "oxygenatorOutlet");
	}

	private static void removeFilter(Circuit circuit) {
		Connection outlet = (Connection) circuit.findElement("oxygenatorOutlet");
		outlet.setTarget(((Connection) circuit.findElement("arterialTube")).getTarget());
		remove(circuit, "arterialTube");
		remove(circuit, "arterialFilter");
		((Sensor) circuit.findElement("bubbleDetector")).setAttachedTo(outlet);
	}

	private static void removePumpValve(Circuit circuit) {
		Connection outlet = (Connection) circuit.findElement("pumpOutlet");
		outlet.setTarget(((Connection) circuit.findElement("valveOutlet")).getTarget());
		remove(circuit, "valveOutlet");
		remove(circuit, "pumpValve");
		((Sensor) circuit.findElement("flowProbe")).setAttachedTo(outlet);
	}

	private static void branchWithoutConnector(Circuit circuit) {
		Port oxygenatorOut = ((Component) circuit.findElement("oxygenator")).findPort("bloodOut");
		Circuits.connect(circuit, "secondLine", oxygenatorOut, ((Component) circuit.findElement("reservoir")).findPort("recirculationIn"),
				0.375, 0.5, LineRole.SHUNT);
	}

	private static void removeVentValve(Circuit circuit) {
		Connection line = (Connection) circuit.findElement("ventLine");
		line.setTarget(((Connection) circuit.findElement("ventLine2")).getTarget());
		remove(circuit, "ventLine2");
		remove(circuit, "ventValve");
	}
}
