package org.eccworkbench.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eccworkbench.analysis.OxygenContent;
import org.eccworkbench.analysis.OxygenDelivery;
import org.eccworkbench.sim.Scenario;
import org.eccworkbench.sim.Signal;
import org.junit.jupiter.api.Test;

/** At steady state the engine's DO2i is the closed-form figure at the same flow, Hb, SaO2 and PaO2. */
class Do2iClosedFormTest {

	@Test
	void steadyStateDo2iEqualsTheClosedForm() throws Exception {
		Runs.Recorded run = Runs.record(Runs.setup(TestCircuits.adult(), Scenario.nominal(80), 3600, 10, 60, 0));
		double flow = run.last(Signal.PUMP_FLOW_L_MIN);
		double hb = run.last(Signal.HB_G_DL);
		double sao2 = run.last(Signal.SAO2_PERCENT);
		double pao2 = run.last(Signal.PAO2_MMHG);
		double closedForm = new OxygenDelivery(new OxygenContent(hb, sao2, pao2), flow, Runs.ADULT.bsaSquareMetres())
				.do2iMillilitresPerMinPerSquareMetre();
		assertEquals(closedForm, run.last(Signal.DO2I_ML_MIN_M2), closedForm * 1e-6);
		// the flow is the case's: CI 2.4 L/min/m2 x BSA
		assertEquals(2.4 * Runs.ADULT.bsaSquareMetres(), flow, 1e-9);
	}

	@Test
	void atSteadyStateTheOxygenatorTransfersWhatThePatientConsumes() throws Exception {
		Runs.Recorded run = Runs.record(Runs.setup(TestCircuits.adult(), Scenario.nominal(80), 3600, 10, 60, 0));
		assertEquals(run.last(Signal.VO2_ML_MIN), run.last(Signal.O2_TRANSFER_ML_MIN), 0.5);
		// and CO2 removal has caught up with production
		assertEquals(run.last(Signal.VCO2_ML_MIN), run.last(Signal.CO2_REMOVAL_ML_MIN), 1.0);
	}
}
