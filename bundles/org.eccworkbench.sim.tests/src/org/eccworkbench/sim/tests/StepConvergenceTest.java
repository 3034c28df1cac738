package org.eccworkbench.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.sim.AlarmRecord;
import org.eccworkbench.sim.PatientSpec;
import org.eccworkbench.sim.Scenario;
import org.eccworkbench.sim.ScenarioSettings;
import org.eccworkbench.sim.Scores;
import org.eccworkbench.sim.Signal;
import org.eccworkbench.sim.SimulationSetup;
import org.junit.jupiter.api.Test;

/**
 * The step a batch of 4 h cases may use (docs/simulation.md, "Step size"): the cabg-4h case at
 * 100 ms agrees with the same case at 10 ms on the scores, the time series, the final state and
 * the alarms, for the example adult and for the patient with the fastest dynamics a batch draws
 * (150 cm, 50 kg, Hct 30 %, SVR 10 mmHg·min/L); and at 100 ms the fastest mode, the arterial
 * Windkessel (τ = C_a × SVR ≈ 0.64 s for that patient), settles without ringing, which at 1 s it no
 * longer does.
 */
class StepConvergenceTest {

	/** The low end of every range {@code eccw simulate batch} draws from: the shortest time constants. */
	private static final PatientSpec SMALLEST = PatientSpec.of(150, 50, 30, 62.0);
	private static final double SMALLEST_SVR = 10;
	private static final double FINE_MS = 10;
	private static final double BATCH_MS = 100;
	private static final double SAMPLE_S = 60;

	@Test
	void theAdultAt100MsAgreesWith10Ms() throws Exception {
		agree(Runs.ADULT, Runs.scenario("cabg-4h"));
	}

	@Test
	void theSmallestBatchPatientAt100MsAgreesWith10Ms() throws Exception {
		agree(SMALLEST, withSvr(Runs.scenario("cabg-4h"), SMALLEST_SVR));
	}

	@Test
	void pressuresSettleWithoutRingingAt100MsButRingAt1s() throws Exception {
		Scenario scenario = withSvr(Runs.scenario("cabg-4h"), SMALLEST_SVR);
		// the cardioplegia induction at 600 s steps the venous return; MAP overshoots once and
		// settles: the same at 100 ms as at 10 ms, while at 1 s (dt > τ) MAP and drainage ring
		int fine = reversals(scenario, FINE_MS, Signal.MAP_MMHG);
		assertEquals(fine, reversals(scenario, BATCH_MS, Signal.MAP_MMHG), "reversals of MAP's direction, 100 ms as 10 ms");
		assertEquals(reversals(scenario, FINE_MS, Signal.VENOUS_DRAINAGE_L_MIN),
				reversals(scenario, BATCH_MS, Signal.VENOUS_DRAINAGE_L_MIN), "reversals of the drainage, 100 ms as 10 ms");
		assertTrue(reversals(scenario, 1000, Signal.MAP_MMHG) >= fine + 10,
				"at 1 s the step exceeds the arterial Windkessel's time constant: it rings");
	}

	/** How often {@code signal} changes direction in the 60 s after the induction dose starts. */
	private static int reversals(Scenario scenario, double stepMs, Signal signal) throws Exception {
		Runs.Recorded run = Runs.record(setup(SMALLEST, scenario, 660, stepMs, stepMs / 1000));
		List<Double> drainage = new ArrayList<>();
		for (double[] row : run.rows()) {
			if (row[Signal.T_S.ordinal()] >= 600 - 1e-9) {
				drainage.add(row[signal.ordinal()]);
			}
		}
		int reversals = 0;
		double last = 0;
		for (int i = 1; i < drainage.size(); i++) {
			double change = drainage.get(i) - drainage.get(i - 1);
			if (Math.abs(change) < 1e-6) {
				continue;
			}
			if (last != 0 && Math.signum(change) != Math.signum(last)) {
				reversals++;
			}
			last = change;
		}
		return reversals;
	}

	private static void agree(PatientSpec patient, Scenario scenario) throws Exception {
		Runs.Recorded fine = Runs.record(setup(patient, scenario, 14400, FINE_MS, SAMPLE_S));
		Runs.Recorded coarse = Runs.record(setup(patient, scenario, 14400, BATCH_MS, SAMPLE_S));
		assertTrue(fine.result().stopCause().isEmpty() && coarse.result().stopCause().isEmpty(), "both runs reach 4 h");

		Scores f = fine.result().scores();
		Scores c = coarse.result().scores();
		assertEquals(f.bypassMinutes(), c.bypassMinutes(), 1e-9, "bypass minutes");
		assertEquals(f.nadirDo2i(), c.nadirDo2i(), 0.01 * f.nadirDo2i(), "nadir DO2i within 1 %");
		assertEquals(f.minutesBelowDo2i272(), c.minutesBelowDo2i272(), 0.1, "minutes below 272 within 6 s");
		assertEquals(f.minutesBelowDo2i280(), c.minutesBelowDo2i280(), 0.1, "minutes below 280 within 6 s");
		assertEquals(f.maxGradientC(), c.maxGradientC(), 0.01, "largest gradient within 0.01 °C");
		assertEquals(f.missedRedoses(), c.missedRedoses(), "missed re-doses");
		assertTrue(c.maxVolumeErrorRelative() < 1e-9, "volume conserved at 100 ms too");

		// the time series, once a minute through the whole case (the bypass-start transient included)
		assertEquals(fine.rows().size(), coarse.rows().size(), "samples");
		for (int i = 0; i < fine.rows().size(); i++) {
			double t = fine.at(i, Signal.T_S);
			assertEquals(t, coarse.at(i, Signal.T_S), 1e-9);
			close(fine, coarse, i, Signal.MAP_MMHG, 0.5, 0);
			close(fine, coarse, i, Signal.CVP_MMHG, 0.5, 0);
			close(fine, coarse, i, Signal.VENOUS_DRAINAGE_L_MIN, 0.05, 0);
			close(fine, coarse, i, Signal.RESERVOIR_ML, 5, 0);
			close(fine, coarse, i, Signal.DO2I_ML_MIN_M2, 0, 0.01);
			close(fine, coarse, i, Signal.PAO2_MMHG, 0, 0.01);
			close(fine, coarse, i, Signal.SVO2_PERCENT, 0.5, 0);
			close(fine, coarse, i, Signal.PACO2_MMHG, 0.1, 0);
			close(fine, coarse, i, Signal.CORE_C, 0.01, 0);
			close(fine, coarse, i, Signal.GRADIENT_C, 0.01, 0);
			close(fine, coarse, i, Signal.HCT_PERCENT, 0.2, 0);
		}

		// the final state: every signal within 0.1 % (or 1e-3 of its unit near zero)
		for (Map.Entry<String, Double> entry : fine.result().finalState().entrySet()) {
			if (entry.getKey().equals(Signal.VOLUME_ERROR_RELATIVE.key())) {
				continue;
			}
			double a = entry.getValue();
			double b = coarse.result().finalState().get(entry.getKey());
			assertEquals(a, b, 1e-3 * Math.max(1, Math.abs(a)), "final " + entry.getKey());
		}

		// the same alarms in the same order, raised within two coarse steps of each other: within one
		// step but for a slowly drifting signal crossing its threshold (the ACT, whose decay differs by
		// ~0.002 s after 3 h, crosses 480 s at ~0.01 s/s: 1.4 steps late); cleared within one step
		// more, since an alarm the next step's operator event clears lasts one step, 10 or 100 ms
		List<AlarmRecord> fa = fine.result().alarms();
		List<AlarmRecord> ca = coarse.result().alarms();
		assertEquals(fa.stream().map(AlarmRecord::id).toList(), ca.stream().map(AlarmRecord::id).toList(), "alarms");
		double window = 2 * BATCH_MS / 1000 + 1e-9;
		for (int i = 0; i < fa.size(); i++) {
			assertEquals(fa.get(i).tS(), ca.get(i).tS(), window, "raised: " + fa.get(i));
			if (!Double.isNaN(fa.get(i).clearedS()) || !Double.isNaN(ca.get(i).clearedS())) {
				assertEquals(fa.get(i).clearedS(), ca.get(i).clearedS(), window + BATCH_MS / 1000, "cleared: " + fa.get(i));
			}
		}
	}

	private static void close(Runs.Recorded fine, Runs.Recorded coarse, int row, Signal signal, double absolute,
			double relative) {
		double a = fine.at(row, signal);
		double b = coarse.at(row, signal);
		assertEquals(a, b, absolute + relative * Math.abs(a), signal.key() + " at " + fine.at(row, Signal.T_S) + " s");
	}

	private static SimulationSetup setup(PatientSpec patient, Scenario scenario, double durationS, double stepMs,
			double sampleS) {
		return new SimulationSetup(TestCircuits.adult(), patient, scenario, durationS, stepMs, sampleS, 0,
				CatalogRegistry.contributed());
	}

	private static Scenario withSvr(Scenario scenario, double svr) {
		ScenarioSettings s = scenario.settings();
		ScenarioSettings settings = new ScenarioSettings(s.levelDetector(), s.bubbleDetector(), s.pressureServo(),
				s.linePressureHighMmHg(), s.actTargetS(), s.svo2LowPercent(), s.heparinUnitsPerKg(), s.reservoirPrimeMl(),
				s.venousHeightCm(), s.fio2Percent(), s.sweepLMin(), s.waterC(), s.flowLMin(), svr, s.vacuumMmHg());
		return new Scenario(scenario.name(), scenario.durationS(), settings, scenario.events());
	}
}
