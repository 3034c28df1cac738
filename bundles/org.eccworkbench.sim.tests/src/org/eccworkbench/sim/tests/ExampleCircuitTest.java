package org.eccworkbench.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.resource.CircuitFiles;
import org.eccworkbench.model.resource.LoadResult;
import org.eccworkbench.sim.CircuitException;
import org.eccworkbench.sim.RunResult;
import org.eccworkbench.sim.Scenario;
import org.eccworkbench.sim.Signal;
import org.junit.jupiter.api.Test;

/** The shipped example circuit is the one the tests build, and simulates from its file. */
class ExampleCircuitTest {

	@Test
	void theShippedExampleLoadsAndSimulates() throws Exception {
		LoadResult loaded = CircuitFiles.load(Runs.example("adult-cpb.ecc"));
		assertTrue(loaded.ok(), loaded.problems().toString());
		Circuit circuit = loaded.circuit().orElseThrow();
		RunResult fromFile = Runs.run(Runs.setup(circuit, Scenario.nominal(80), 600, 10, 60, 0));
		RunResult fromCode = Runs.run(Runs.setup(TestCircuits.adult(), Scenario.nominal(80), 600, 10, 60, 0));
		assertEquals(fromCode.finalState(), fromFile.finalState());
		assertTrue(fromFile.notes().stream().anyMatch(n -> n.contains("oxygenator prime")), "generic defaults are noted");
	}

	@Test
	void aClosedVaEcmoCircuitWithoutReservoirRuns() throws Exception {
		Runs.Recorded run = Runs.record(Runs.setup(TestCircuits.vaEcmo(), Scenario.nominal(80), 600, 10, 10, 0));
		RunResult result = run.result();
		assertTrue(result.stopCause().isEmpty(), result.stopCause().toString());
		assertEquals(2.4 * Runs.ADULT.bsaSquareMetres(), run.last(Signal.PUMP_FLOW_L_MIN), 1e-6);
		assertEquals(run.last(Signal.PUMP_FLOW_L_MIN), run.last(Signal.VENOUS_DRAINAGE_L_MIN), 1e-9);
		assertTrue(run.last(Signal.PUMP_RPM) > 1000 && run.last(Signal.PUMP_INLET_MMHG) < 0);
		assertEquals(0, run.last(Signal.RESERVOIR_ML));
		assertTrue(result.scores().maxVolumeErrorRelative() < 1e-9);
		assertTrue(result.alarms().stream().noneMatch(a -> a.id().id().contains("temperature") || a.id().id().contains("37c")),
				"the CPB temperature rules do not apply to ECMO: " + result.alarms());
		assertTrue(result.notes().stream().anyMatch(n -> n.contains("generic centrifugal head curve")));
	}

	@Test
	void aCircuitWithoutAnArterialPumpIsRefusedWithItsReason() {
		Circuit circuit = TestCircuits.adult();
		circuit.getComponents().removeIf(c -> "arterialPump".equals(c.getId()));
		CircuitException e = assertThrows(CircuitException.class,
				() -> Runs.run(Runs.setup(circuit, Scenario.nominal(80), 60, 10, 60, 0)));
		assertEquals("the circuit has no arterial pump", e.getMessage());
	}
}
