package org.eccworkbench.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.sim.Action;
import org.eccworkbench.sim.RunResult;
import org.eccworkbench.sim.Scenario;
import org.eccworkbench.sim.ScenarioEvent;
import org.eccworkbench.sim.ScenarioSettings;
import org.eccworkbench.sim.Signal;
import org.eccworkbench.sim.internal.PlantBuilder;
import org.junit.jupiter.api.Test;

/** Blood volume is conserved to 1e-9 relative, apart from the declared additions and removals. */
class ConservationTest {

	@Test
	void aFourHourCaseConservesBloodVolume() throws Exception {
		RunResult result = Runs.run(Runs.setup(TestCircuits.adult(), Runs.scenario("cabg-4h"), 4 * 3600, 10, 60, 0));
		assertTrue(result.stopCause().isEmpty(), result.stopCause().toString());
		assertEquals(4 * 3600, result.simulatedS(), 1e-6);
		assertTrue(result.scores().maxVolumeErrorRelative() < 1e-9, "error " + result.scores().maxVolumeErrorRelative());
		assertTrue(result.finalState().get("cardioplegia_ml") > 1000, "cardioplegia was given");
		assertTrue(result.finalState().get("ultrafiltrate_ml") > 0, "ultrafiltration ran");
	}

	@Test
	void lossSuctionFluidsAndUltrafiltrationAreAccountedFor() throws Exception {
		Scenario busy = new Scenario("busy", Double.NaN, ScenarioSettings.defaults(), List.of(
				ScenarioEvent.at(0, Action.BYPASS_ON, Map.of(), Map.of()),
				ScenarioEvent.at(60, Action.BLOOD_LOSS, Map.of("ml_min", 300.0), Map.of()),
				ScenarioEvent.at(90, Action.SUCTION, Map.of("ml_min", 250.0), Map.of()),
				ScenarioEvent.at(120, Action.GIVE_FLUID, Map.of("ml", 500.0, "over_s", 120.0, "hct_percent", 0.0), Map.of()),
				ScenarioEvent.at(130, Action.GIVE_FLUID, Map.of("ml", 300.0, "hct_percent", 60.0), Map.of("to", "patient")),
				ScenarioEvent.at(200, Action.ULTRAFILTRATION, Map.of("ml_min", 50.0), Map.of()),
				ScenarioEvent.at(600, Action.BLOOD_LOSS, Map.of("ml_min", 0.0), Map.of())));
		Runs.Recorded run = Runs.record(Runs.setup(TestCircuits.adult(), busy, 1800, 10, 10, 0));
		assertTrue(run.result().stopCause().isEmpty(), run.result().stopCause().toString());
		assertTrue(run.result().scores().maxVolumeErrorRelative() < 1e-9);
		assertEquals(800, run.last(Signal.FLUIDS_ML), 1e-6);
		assertTrue(run.last(Signal.BLOOD_LOSS_ML) > 100);
		assertTrue(run.last(Signal.SUCTION_RETURN_ML) > 100);
		assertTrue(run.last(Signal.ULTRAFILTRATE_ML) > 100);
		for (double[] row : run.rows()) {
			assertTrue(row[Signal.RESERVOIR_ML.ordinal()] >= 0 && row[Signal.PATIENT_VENOUS_ML.ordinal()] >= 0
					&& row[Signal.PATIENT_ARTERIAL_ML.ordinal()] >= 0);
		}
	}

	@Test
	void primeDilutesTheHaematocritAsTheMassBalancePredicts() throws Exception {
		Runs.Recorded run = Runs.record(Runs.setup(TestCircuits.adult(), Scenario.nominal(80), 1800, 10, 60, 0));
		double patientMl = Runs.ADULT.bloodVolumeMl();
		double sideMl = PlantBuilder.build(TestCircuits.adult(), CatalogRegistry.contributed(), 4.8).sideMl();
		double circulatingMl = run.last(Signal.BLOOD_VOLUME_ML) - sideMl;
		// Terumo calculator (REFERENCE 2.5): Hct_CPB = Hct_pre x BV / (BV + prime); side lines do not circulate
		assertEquals(40 * patientMl / circulatingMl, run.last(Signal.HCT_PERCENT), 1e-6);
	}
}
