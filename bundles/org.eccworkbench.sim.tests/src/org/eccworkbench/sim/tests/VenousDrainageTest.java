package org.eccworkbench.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.sim.Action;
import org.eccworkbench.sim.PatientSpec;
import org.eccworkbench.sim.Scenario;
import org.eccworkbench.sim.ScenarioEvent;
import org.eccworkbench.sim.ScenarioSettings;
import org.eccworkbench.sim.Signal;
import org.eccworkbench.sim.SimulationSession;
import org.eccworkbench.sim.SimulationSetup;
import org.junit.jupiter.api.Test;

/**
 * Gravity drainage through collapsible veins (docs/simulation.md, "Patient circulation"): on full
 * bypass the veins collapse around the cannula's tip rather than being sucked below zero, so the
 * CVP stays near zero (0-5 mmHg) whatever the siphon's height, and the drainage follows what the
 * pump returns.
 */
class VenousDrainageTest {

	private static SimulationSession fullBypass(PatientSpec patient, double heightCm) throws Exception {
		ScenarioSettings d = ScenarioSettings.defaults();
		ScenarioSettings settings = new ScenarioSettings(d.levelDetector(), d.bubbleDetector(), d.pressureServo(),
				d.linePressureHighMmHg(), d.actTargetS(), d.svo2LowPercent(), d.heparinUnitsPerKg(), d.reservoirPrimeMl(),
				heightCm, d.fio2Percent(), d.sweepLMin(), d.waterC(), d.flowLMin(), d.svrMmHgMinPerL(), d.vacuumMmHg());
		Scenario scenario = new Scenario("drainage", Double.NaN, settings,
				List.of(ScenarioEvent.at(0, Action.BYPASS_ON, Map.of(), Map.of())));
		SimulationSession session = SimulationSession.start(new SimulationSetup(TestCircuits.adult(), patient, scenario,
				900, 10, 1, 0, CatalogRegistry.contributed()));
		session.advance(600);
		return session;
	}

	@Test
	void theCvpStaysNearZeroOnFullBypassWhateverTheSiphon() throws Exception {
		for (PatientSpec patient : List.of(Runs.ADULT, PatientSpec.of(150, 50, 30, 62.0))) {
			for (double heightCm : new double[] { 30, 50, 80 }) {
				double[] s = fullBypass(patient, heightCm).signals();
				double cvp = s[Signal.CVP_MMHG.ordinal()];
				assertTrue(cvp >= 0 && cvp <= 5, "CVP " + cvp + " mmHg at " + heightCm + " cm for " + patient.weightKg() + " kg");
				assertEquals(s[Signal.PUMP_FLOW_L_MIN.ordinal()], s[Signal.VENOUS_DRAINAGE_L_MIN.ordinal()], 0.01,
						"at steady state the veins return what the pump gives");
			}
		}
	}

	@Test
	void aClampedVenousLineDrainsNothingAndTheCvpRises() throws Exception {
		SimulationSession session = fullBypass(Runs.ADULT, 50);
		double before = session.signals()[Signal.CVP_MMHG.ordinal()];
		session.act(Action.CLAMP, Map.of(), Map.of("line", "venous"));
		session.advance(20);
		double[] s = session.signals();
		assertEquals(0, s[Signal.VENOUS_DRAINAGE_L_MIN.ordinal()], 0);
		assertTrue(s[Signal.CVP_MMHG.ordinal()] > before + 5, "the pumped blood stays in the patient: CVP " + s[Signal.CVP_MMHG.ordinal()]);
	}
}
