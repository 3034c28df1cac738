package org.eccworkbench.sim;

import java.util.List;
import java.util.Map;

/**
 * A scenario: console settings and timed or conditional events (docs/scenarios.md).
 *
 * @param name      shown in summaries
 * @param durationS the run's length if the command line gives none, s, or NaN
 * @param settings  console configuration and starting values
 * @param events    in file order; timed events fire in time order, ties in file order
 */
public record Scenario(String name, double durationS, ScenarioSettings settings, List<ScenarioEvent> events) {

	public Scenario {
		events = List.copyOf(events);
	}

	/**
	 * The scenario without a file: bypass starts at 0 s at the case's target flow, and heparin
	 * (100 U/kg) is re-dosed whenever the ACT falls below its target, at most every 10 minutes.
	 */
	public static Scenario nominal(double weightKg) {
		return new Scenario("nominal", Double.NaN, ScenarioSettings.defaults(), List.of(
				ScenarioEvent.at(0, Action.BYPASS_ON, Map.of(), Map.of()),
				new ScenarioEvent(Double.NaN, new Condition(Signal.ACT_S, true, org.eccworkbench.sim.internal.Constants.ACT_TARGET_S),
						60, 600, Action.GIVE_HEPARIN, Map.of("units", 100.0 * weightKg), Map.of())));
	}
}
