package org.eccworkbench.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eccworkbench.sim.internal.OxygenatorModel;
import org.junit.jupiter.api.Test;

/** The oxygenator model reproduces its calibration: rated flow takes the ISO 7199 test blood from 65 % to 95 %. */
class OxygenatorCalibrationTest {

	@Test
	void atRatedFlowTheStandardBloodLeavesAt95Percent() {
		assertEquals(0.95, OxygenatorModel.outletSaturationAtRatedFlow(7.0 * 1000 / 60, 7.0 * 1000 / 60), 1e-6);
		assertTrue(OxygenatorModel.outletSaturationAtRatedFlow(7.0 * 1000 / 60, 3.5 * 1000 / 60) > 0.99);
		assertTrue(OxygenatorModel.outletSaturationAtRatedFlow(7.0 * 1000 / 60, 10.0 * 1000 / 60) < 0.95);
	}
}
