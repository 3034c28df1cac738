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
	void aCircuitWithoutAnArterialPumpIsRefusedWithItsReason() {
		Circuit circuit = TestCircuits.adult();
		circuit.getComponents().removeIf(c -> "arterialPump".equals(c.getId()));
		CircuitException e = assertThrows(CircuitException.class,
				() -> Runs.run(Runs.setup(circuit, Scenario.nominal(80), 60, 10, 60, 0)));
		assertEquals("the circuit has no arterial pump", e.getMessage());
	}
}
