package org.eccworkbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eccworkbench.analysis.Do2iThreshold;
import org.eccworkbench.analysis.OxygenContent;
import org.eccworkbench.analysis.OxygenDelivery;
import org.junit.jupiter.api.Test;

class OxygenDeliveryTest {

	@Test
	void contentOfAWellOxygenatedPump() {
		// 1.34 x 10 g/dL x 0.98 = 13.132 bound, 0.003 x 250 mmHg = 0.75 dissolved: 13.882 mL/dL.
		assertEquals(13.882, new OxygenContent(10, 98, 250).cao2MillilitresPerDecilitre(), 1e-9);
	}

	@Test
	void kChangesTheBoundPartOnly() {
		// 1.36 x 10 x 0.98 = 13.328, + 0.75 = 14.078 mL/dL.
		assertEquals(14.078, new OxygenContent(10, 98, 250, 1.36).cao2MillilitresPerDecilitre(), 1e-9);
		assertEquals(OxygenContent.DEFAULT_K, new OxygenContent(10, 98, 250).kMillilitresPerGram());
	}

	@Test
	void deliveryAndIndexAboveEveryThreshold() {
		// DO2 = 10 x 4.8 L/min x 13.882 = 666.336 mL/min; DO2i = 666.336 / 2.0 = 333.168 mL/min/m2.
		OxygenDelivery delivery = new OxygenDelivery(new OxygenContent(10, 98, 250), 4.8, 2.0);
		assertEquals(666.336, delivery.do2MillilitresPerMin(), 1e-9);
		assertEquals(333.168, delivery.do2iMillilitresPerMinPerSquareMetre(), 1e-9);
		for (Do2iThreshold threshold : Do2iThreshold.values()) {
			assertFalse(delivery.isBelow(threshold), threshold.name());
		}
	}

	@Test
	void aDilutedPatientOnLowFlowIsBelowEveryThreshold() {
		// CaO2 = 1.34 x 8 x 0.98 + 0.75 = 11.2556; DO2 = 10 x 4.0 x 11.2556 = 450.224; DO2i = 225.112.
		OxygenDelivery delivery = new OxygenDelivery(new OxygenContent(8, 98, 250), 4.0, 2.0);
		assertEquals(225.112, delivery.do2iMillilitresPerMinPerSquareMetre(), 1e-9);
		for (Do2iThreshold threshold : Do2iThreshold.values()) {
			assertTrue(delivery.isBelow(threshold), threshold.name());
		}
	}

	@Test
	void between272And280() {
		// CaO2 = 1.34 x 9 x 1.0 + 0.003 x 200 = 12.06 + 0.6 = 12.66; DO2i = 10 x 4.4 x 12.66 / 2.0 = 278.52.
		OxygenDelivery delivery = new OxygenDelivery(new OxygenContent(9, 100, 200), 4.4, 2.0);
		assertEquals(278.52, delivery.do2iMillilitresPerMinPerSquareMetre(), 1e-9);
		assertFalse(delivery.isBelow(Do2iThreshold.RANUCCI_2005));
		assertTrue(delivery.isBelow(Do2iThreshold.GOAL_DIRECTED_280));
	}

	@Test
	void theThresholdsAreThoseOfTheirSources() {
		assertEquals(262, Do2iThreshold.DE_SOMER_2011.mlPerMinPerSquareMetre());
		assertEquals(270, Do2iThreshold.NEWLAND_ANZ.mlPerMinPerSquareMetre());
		assertEquals(272, Do2iThreshold.RANUCCI_2005.mlPerMinPerSquareMetre());
		assertEquals(280, Do2iThreshold.GOAL_DIRECTED_280.mlPerMinPerSquareMetre());
		// At the threshold is not below it.
		assertFalse(Do2iThreshold.RANUCCI_2005.isBelow(272));
		assertTrue(Do2iThreshold.RANUCCI_2005.isBelow(271.99));
	}

	@Test
	void theFlowThatReachesATarget() {
		// Q = 280 x 2.0 / (10 x 11.2556) = 560 / 112.556 = 4.9753 L/min.
		OxygenDelivery delivery = new OxygenDelivery(new OxygenContent(8, 98, 250), 4.0, 2.0);
		assertEquals(4.9753, delivery.flowForLitresPerMin(Do2iThreshold.GOAL_DIRECTED_280), 1e-4);
	}

	@Test
	void impossibleInputsNameTheFieldAndTheRange() {
		assertEquals("sao2Percent must be between 0 and 100 %, got 101",
				assertThrows(IllegalArgumentException.class, () -> new OxygenContent(10, 101, 250)).getMessage());
		assertEquals("hbGdl must be between 1 and 25 g/dL, got 0",
				assertThrows(IllegalArgumentException.class, () -> new OxygenContent(0, 98, 250)).getMessage());
		assertEquals("k must be between 1.3 and 1.4 mL/g, got 1.5",
				assertThrows(IllegalArgumentException.class, () -> new OxygenContent(10, 98, 250, 1.5)).getMessage());
		assertEquals("pao2MmHg must be between 0 and 1000 mmHg, got -1",
				assertThrows(IllegalArgumentException.class, () -> new OxygenContent(10, 98, -1)).getMessage());
		OxygenContent content = new OxygenContent(10, 98, 250);
		assertEquals("flowLMin must be between 0 and 10 L/min, got 12",
				assertThrows(IllegalArgumentException.class, () -> new OxygenDelivery(content, 12, 2)).getMessage());
		assertEquals("bsaM2 must be between 0.02 and 6 m2, got 0",
				assertThrows(IllegalArgumentException.class, () -> new OxygenDelivery(content, 4, 0)).getMessage());
	}
}
