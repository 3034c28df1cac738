package org.eccworkbench.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** The same inputs and seed give byte-identical time series and summaries. */
class DeterminismTest {

	@Test
	void twoRunsOfTheSameSetupAreIdentical() throws Exception {
		String first = Runs.csv(Runs.setup(TestCircuits.adult(), Runs.scenario("cabg-4h"), 3600, 10, 1, 0));
		String second = Runs.csv(Runs.setup(TestCircuits.adult(), Runs.scenario("cabg-4h"), 3600, 10, 1, 0));
		assertEquals(first, second);
		assertEquals(3602, first.lines().count(), "a header, t = 0 and one row per second");
	}

	@Test
	void theSeedVariesThePatientAndIsReproducible() throws Exception {
		String a = Runs.csv(Runs.setup(TestCircuits.adult(), Runs.scenario("cabg-4h"), 600, 10, 1, 7));
		String b = Runs.csv(Runs.setup(TestCircuits.adult(), Runs.scenario("cabg-4h"), 600, 10, 1, 7));
		String c = Runs.csv(Runs.setup(TestCircuits.adult(), Runs.scenario("cabg-4h"), 600, 10, 1, 8));
		assertEquals(a, b);
		assertNotEquals(a, c);
	}

	@Test
	void summariesAgreeApartFromTheWallClock() throws Exception {
		var one = Runs.run(Runs.setup(TestCircuits.adult(), Runs.scenario("oxygenator-failure"), 1800, 10, 60, 3));
		var two = Runs.run(Runs.setup(TestCircuits.adult(), Runs.scenario("oxygenator-failure"), 1800, 10, 60, 3));
		assertEquals(one.alarms(), two.alarms());
		assertEquals(one.scores(), two.scores());
		assertEquals(one.finalState(), two.finalState());
		assertEquals(one.notes(), two.notes());
	}
}
