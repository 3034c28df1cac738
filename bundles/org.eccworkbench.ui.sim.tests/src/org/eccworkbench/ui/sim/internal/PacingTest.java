package org.eccworkbench.ui.sim.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The simulated time a wall-clock tick is worth at each speed. */
class PacingTest {

	@Test
	void aTickIsWorthItsLengthTimesTheSpeed() {
		Pacing pacing = new Pacing();
		assertEquals(1, pacing.speed(), "real time at first");
		assertEquals(0.05, pacing.simulatedSeconds(0.05), 1e-12);
		pacing.setSpeed(100);
		assertEquals(100, pacing.simulatedSeconds(1), 1e-12, "at 100x a 1 s tick is 100 s");
		assertEquals(5, pacing.simulatedSeconds(0.05), 1e-12);
		pacing.setSpeed(20);
		assertEquals(10, pacing.simulatedSeconds(0.5), 1e-12);
	}

	@Test
	void aStalledTickCountsAsOneSecondAndNoTimeAsNone() {
		Pacing pacing = new Pacing();
		pacing.setSpeed(50);
		assertEquals(50, pacing.simulatedSeconds(30), 1e-12, "a 30 s stall does not jump 25 minutes ahead");
		assertEquals(0, pacing.simulatedSeconds(0));
		assertEquals(0, pacing.simulatedSeconds(-1), "a clock going backwards gives nothing");
		assertEquals(0, pacing.simulatedSeconds(Double.NaN));
	}

	@Test
	void onlyTheOfferedSpeeds() {
		assertArrayEquals(new int[] { 1, 2, 5, 10, 20, 50, 100 }, Pacing.SPEEDS);
		Pacing pacing = new Pacing();
		assertThrows(IllegalArgumentException.class, () -> pacing.setSpeed(3));
		assertThrows(IllegalArgumentException.class, () -> pacing.setSpeed(1000));
		assertEquals(1, pacing.speed(), "a refused speed changes nothing");
	}
}
