package org.eccworkbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eccworkbench.analysis.TargetFlow;
import org.junit.jupiter.api.Test;

class TargetFlowTest {

	@Test
	void flowIsCardiacIndexTimesBsa() {
		// Adult standard CI 2.4 L/min/m2 (PMID 20736244) x 2.0 m2 = 4.8 L/min.
		assertEquals(4.8, new TargetFlow(2.0, 2.4).flowLitresPerMin(), 1e-12);
		// GOSH paediatric CI 2.8 L/min/m2 (PMID 24447948) x 0.22 m2 = 0.616 L/min.
		assertEquals(0.616, new TargetFlow(0.22, 2.8).flowLitresPerMin(), 1e-12);
	}

	@Test
	void impossibleInputsNameTheFieldAndTheRange() {
		assertEquals("cardiacIndex must be between 0.5 and 6 L/min/m2, got 0",
				assertThrows(IllegalArgumentException.class, () -> new TargetFlow(2.0, 0)).getMessage());
		assertEquals("bsaM2 must be between 0.02 and 6 m2, got 7",
				assertThrows(IllegalArgumentException.class, () -> new TargetFlow(7, 2.4)).getMessage());
	}
}
