package org.eccworkbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eccworkbench.analysis.HemodilutionEstimate;
import org.junit.jupiter.api.Test;

class HemodilutionEstimateTest {

	@Test
	void anAdultOn1500MlOfPrime() {
		// 40 % x 5000 / (5000 + 1500) = 200000 / 6500 = 30.769 %.
		HemodilutionEstimate estimate = new HemodilutionEstimate(5000, 40, 1500, 0, 0);
		assertEquals(6500, estimate.totalVolumeMillilitres(), 1e-9);
		assertEquals(30.769, estimate.predictedHctPercent(), 1e-3);
	}

	@Test
	void addedFluidDilutesAndRetrogradePrimingConcentrates() {
		// 40 % x 5000 / (5000 + 1500 + 500 - 300) = 200000 / 6700 = 29.851 %.
		assertEquals(29.851, new HemodilutionEstimate(5000, 40, 1500, 500, 300).predictedHctPercent(), 1e-3);
	}

	@Test
	void aNeonatePrimedWithMoreThanTwiceItsBloodVolume() {
		// Groom et al.: neonatal primes exceed twice the blood volume. 300 mL at 45 %, 650 mL of
		// clear prime: 45 x 300 / 950 = 14.21 %, which is why neonatal circuits are blood-primed.
		assertEquals(14.21, new HemodilutionEstimate(300, 45, 650, 0, 0).predictedHctPercent(), 0.01);
	}

	@Test
	void impossibleInputsNameTheFieldAndTheRange() {
		assertEquals("hctPercent must be between 1 and 100 %, got 120",
				assertThrows(IllegalArgumentException.class, () -> new HemodilutionEstimate(5000, 120, 1500, 0, 0))
						.getMessage());
		assertEquals("ebvMl must be between 10 and 40000 mL, got 0",
				assertThrows(IllegalArgumentException.class, () -> new HemodilutionEstimate(0, 40, 1500, 0, 0))
						.getMessage());
		assertEquals("primeMl must be between 0 and 20000 mL, got -5",
				assertThrows(IllegalArgumentException.class, () -> new HemodilutionEstimate(5000, 40, -5, 0, 0))
						.getMessage());
		assertEquals("removedMl must be between 0 and 1700 mL (the prime plus the added volume), got 2000",
				assertThrows(IllegalArgumentException.class, () -> new HemodilutionEstimate(5000, 40, 1500, 200, 2000))
						.getMessage());
	}
}
