package org.eccworkbench.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.sim.Action;
import org.eccworkbench.sim.Condition;
import org.eccworkbench.sim.RunResult;
import org.eccworkbench.sim.Scenario;
import org.eccworkbench.sim.ScenarioEvent;
import org.eccworkbench.sim.ScenarioSettings;
import org.eccworkbench.sim.ServoMode;
import org.eccworkbench.sim.Signal;
import org.junit.jupiter.api.Test;

/**
 * 1,200 random scenarios (every action, random parameters within their ranges, random times,
 * random console settings), short runs: never a NaN, never a negative volume, the blood volume
 * conserved, and a run that stops early names its cause.
 */
class RandomScenarioTest {

	static final int SCENARIOS = 1200;

	@Test
	void randomScenariosStayFiniteAndConserveVolume() throws Exception {
		Circuit roller = TestCircuits.adult();
		Circuit centrifugal = TestCircuits.adultCentrifugal();
		int stopped = 0;
		for (int i = 0; i < SCENARIOS; i++) {
			SplittableRandom random = new SplittableRandom(i);
			Scenario scenario = randomScenario(random, i);
			Runs.Recorded run = Runs.record(Runs.setup(i % 3 == 2 ? centrifugal : roller, scenario, 120, 100, 5, i % 5));
			RunResult result = run.result();
			for (double[] row : run.rows()) {
				for (int k = 0; k < row.length; k++) {
					assertTrue(Double.isFinite(row[k]), "scenario " + i + ": " + Signal.values()[k].key() + " = " + row[k]);
				}
				assertTrue(row[Signal.RESERVOIR_ML.ordinal()] >= 0 && row[Signal.PATIENT_VENOUS_ML.ordinal()] >= 0
						&& row[Signal.PATIENT_ARTERIAL_ML.ordinal()] >= 0, "scenario " + i + ": negative volume");
			}
			assertTrue(result.scores().maxVolumeErrorRelative() < 1e-9, "scenario " + i);
			if (result.stopCause().isPresent()) {
				stopped++;
				assertFalse(result.stopCause().get().isBlank());
			} else {
				assertEquals(120, result.simulatedS(), 1e-6);
			}
		}
		assertTrue(stopped < SCENARIOS, "every random scenario stopped early");
	}

	static Scenario randomScenario(SplittableRandom random, int index) {
		ServoMode[] modes = ServoMode.values();
		ScenarioSettings settings = new ScenarioSettings(modes[random.nextInt(3)], random.nextBoolean() ? ServoMode.STOP
				: ServoMode.OFF, modes[random.nextInt(3)], Double.NaN, Double.NaN, Double.NaN, Double.NaN,
				random.nextInt(4) == 0 ? random.nextDouble(0, 2000) : Double.NaN, Double.NaN, Double.NaN, Double.NaN,
				Double.NaN, Double.NaN, Double.NaN, Double.NaN);
		List<ScenarioEvent> events = new ArrayList<>();
		events.add(ScenarioEvent.at(random.nextDouble(0, 10), Action.BYPASS_ON, Map.of(), Map.of()));
		Action[] actions = Action.values();
		int count = random.nextInt(1, 12);
		for (int e = 0; e < count; e++) {
			Action action = actions[random.nextInt(actions.length)];
			Map<String, Double> numbers = new LinkedHashMap<>();
			Map<String, String> words = new LinkedHashMap<>();
			for (Map.Entry<String, double[]> p : action.numbers().entrySet()) {
				numbers.put(p.getKey(), random.nextDouble(p.getValue()[0], p.getValue()[1] + 1e-9));
			}
			for (Map.Entry<String, String[]> p : action.words().entrySet()) {
				words.put(p.getKey(), p.getValue()[random.nextInt(p.getValue().length)]);
			}
			if (random.nextInt(4) == 0) {
				Signal signal = Signal.values()[random.nextInt(1, Signal.values().length)];
				events.add(new ScenarioEvent(Double.NaN, new Condition(signal, random.nextBoolean(), random.nextDouble(-50, 500)),
						random.nextDouble(0, 60), random.nextBoolean() ? random.nextDouble(1, 60) : Double.NaN, action, numbers,
						words));
			} else {
				events.add(ScenarioEvent.at(random.nextDouble(0, 120), action, numbers, words));
			}
		}
		return new Scenario("random " + index, Double.NaN, settings, events);
	}
}
