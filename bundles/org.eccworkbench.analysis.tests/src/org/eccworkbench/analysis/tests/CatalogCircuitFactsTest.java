package org.eccworkbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;

import org.eccworkbench.analysis.BsaFormula;
import org.eccworkbench.analysis.OxygenContent;
import org.eccworkbench.analysis.circuit.CatalogCircuitFacts;
import org.eccworkbench.analysis.circuit.CircuitOptions;
import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.model.circuit.Cannula;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.CircuitFactory;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.Oxygenator;
import org.eccworkbench.model.circuit.Reservoir;
import org.eccworkbench.model.validation.FlowCapacity;
import org.junit.jupiter.api.Test;

/** The catalog's figures as flow bounds at the accepted pressure drop, and the paired reservoir. */
class CatalogCircuitFactsTest {

	private static final CircuitFactory F = CircuitFactory.eINSTANCE;

	private static CatalogCircuitFacts facts(double acceptedDp, OptionalDouble suction) {
		return new CatalogCircuitFacts(CatalogRegistry.contributed(),
				new CircuitOptions(BsaFormula.MOSTELLER, acceptedDp, suction, 150, OxygenContent.DEFAULT_K));
	}

	@Test
	void anArterialCannulaMeasuredAtALargerDropIsOnlyAnUpperBound() {
		Cannula cannula = F.createCannula();
		cannula.setProductId("biomedicus.femoral-arterial-19fr");
		FlowCapacity at100 = facts(100, OptionalDouble.empty()).flowCapacity(cannula).orElseThrow();
		assertEquals(OptionalDouble.empty(), at100.atLeastLMin());
		assertEquals(OptionalDouble.of(5.0), at100.atMostLMin());
		FlowCapacity at200 = facts(200, OptionalDouble.empty()).flowCapacity(cannula).orElseThrow();
		assertEquals(OptionalDouble.of(5.0), at200.atLeastLMin());
		assertEquals(OptionalDouble.of(5.0), at200.atMostLMin());
		FlowCapacity at300 = facts(300, OptionalDouble.empty()).flowCapacity(cannula).orElseThrow();
		assertEquals(OptionalDouble.of(5.0), at300.atLeastLMin());
		assertEquals(OptionalDouble.empty(), at300.atMostLMin());
	}

	@Test
	void moreThanIsALowerBoundAndVenousFiguresNeedAnAcceptedSuction() {
		Cannula arterial = F.createCannula();
		arterial.setProductId("dlp.femoral-arterial-21fr");
		FlowCapacity dlp = facts(200, OptionalDouble.empty()).flowCapacity(arterial).orElseThrow();
		assertEquals(OptionalDouble.of(7.0), dlp.atLeastLMin());
		assertEquals(OptionalDouble.empty(), dlp.atMostLMin(), "> 7 L/min bounds nothing above");
		Cannula venous = F.createCannula();
		venous.setProductId("bard.femoral-venous-20fr");
		assertTrue(facts(100, OptionalDouble.empty()).flowCapacity(venous).isEmpty());
		FlowCapacity at300 = facts(100, OptionalDouble.of(300)).flowCapacity(venous).orElseThrow();
		assertEquals(OptionalDouble.of(6.5), at300.atMostLMin());
		assertEquals(OptionalDouble.of(6.5), at300.atLeastLMin());
		assertEquals(OptionalDouble.of(6.5), facts(100, OptionalDouble.of(100)).flowCapacity(venous).orElseThrow().atMostLMin());
	}

	@Test
	void theOxygenatorLimitFollowsThePairedReservoir() {
		Circuit circuit = F.createCircuit();
		Oxygenator oxygenator = F.createOxygenator();
		oxygenator.setProductId("terumo.capiox-fx15");
		circuit.getComponents().add(oxygenator);
		FlowCapacity unknown = facts(100, OptionalDouble.empty()).flowCapacity(oxygenator).orElseThrow();
		assertEquals(OptionalDouble.of(4.0), unknown.atLeastLMin());
		assertEquals(OptionalDouble.of(5.0), unknown.atMostLMin());
		Reservoir reservoir = F.createReservoir();
		reservoir.setProductId("terumo.capiox-rx-fx-reservoir-4l");
		circuit.getComponents().add(0, reservoir);
		assertEquals(FlowCapacity.rated(5.0, "").atMostLMin(),
				facts(100, OptionalDouble.empty()).flowCapacity(oxygenator).orElseThrow().atMostLMin());
		reservoir.setProductId(null);
		reservoir.setCapacityMl(3000.0);
		assertEquals(OptionalDouble.of(4.0), facts(100, OptionalDouble.empty()).flowCapacity(oxygenator).orElseThrow().atMostLMin());
	}

	@Test
	void aGenericOxygenatorUsesItsOwnRatedFlowAndATubeItsCatalogSize() {
		Oxygenator generic = F.createOxygenator();
		assertTrue(facts(100, OptionalDouble.empty()).flowCapacity(generic).isEmpty());
		generic.setRatedFlowLMin(2.5);
		assertEquals(OptionalDouble.of(2.5), facts(100, OptionalDouble.empty()).flowCapacity(generic).orElseThrow().atMostLMin());
		Connection tube = F.createConnection();
		tube.setInternalDiameterInch(0.3125);
		FlowCapacity fiveSixteenths = facts(100, OptionalDouble.empty()).flowCapacity(tube).orElseThrow();
		assertEquals(OptionalDouble.of(5.5), fiveSixteenths.atMostLMin(), "about 5500 mL/min at 100 mmHg");
		tube.setInternalDiameterInch(0.375);
		assertFalse(facts(100, OptionalDouble.empty()).flowCapacity(tube).isPresent(), "no source for 3/8 in");
	}

	@Test
	void targetFlowIsCardiacIndexTimesBsa() {
		Circuit circuit = F.createCircuit();
		assertTrue(facts(100, OptionalDouble.empty()).targetFlowLMin(circuit).isEmpty());
		var patient = F.createPatient();
		patient.setHeightCm(180.0);
		patient.setWeightKg(80.0);
		circuit.setPatient(patient);
		assertEquals(2.4 * 2.0, facts(100, OptionalDouble.empty()).targetFlowLMin(circuit).getAsDouble(), 1e-12);
		circuit.setClinicalCase(F.createClinicalCase());
		circuit.getClinicalCase().setTargetCardiacIndex(2.8);
		assertEquals(2.8 * 2.0, facts(100, OptionalDouble.empty()).targetFlowLMin(circuit).getAsDouble(), 1e-12);
	}
}
