package org.eccworkbench.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;

import org.eccworkbench.sim.AlarmId;
import org.eccworkbench.sim.AlarmRecord;
import org.eccworkbench.sim.Signal;
import org.junit.jupiter.api.Test;

/**
 * Cooling then rewarming: each temperature alarm is raised at exactly the first step its rule
 * (STS/SCA/AmSECT 2015, REFERENCE 2.8) is broken in the recorded time series.
 */
class TemperatureRulesTest {

	@Test
	void theTemperatureAlarmsFireExactlyWhenTheRulesAreBroken() throws Exception {
		Runs.Recorded run = Runs.record(Runs.setup(TestCircuits.adult(), Runs.scenario("cooling-rewarming"), 7200, 10,
				0.01, 0));
		List<AlarmRecord> alarms = run.result().alarms();
		check(run, alarms, AlarmId.GRADIENT_10, r -> Math.abs(r[Signal.GRADIENT_C.ordinal()]) > 10);
		check(run, alarms, AlarmId.GRADIENT_4,
				r -> r[Signal.ARTERIAL_OUTLET_C.ordinal()] >= 30 && r[Signal.GRADIENT_C.ordinal()] > 4);
		check(run, alarms, AlarmId.REWARMING_RATE,
				r -> r[Signal.ARTERIAL_OUTLET_C.ordinal()] >= 30 && r[Signal.ARTERIAL_RATE_C_PER_MIN.ordinal()] > 0.5);
		check(run, alarms, AlarmId.ARTERIAL_OUTLET_37, r -> r[Signal.ARTERIAL_OUTLET_C.ordinal()] >= 37);
	}

	private static void check(Runs.Recorded run, List<AlarmRecord> alarms, AlarmId id, Predicate<double[]> rule) {
		double first = Double.NaN;
		for (double[] row : run.rows()) {
			if (row[Signal.ON_BYPASS.ordinal()] == 1 && row[Signal.PUMP_FLOW_L_MIN.ordinal()] > 0 && rule.test(row)) {
				first = row[Signal.T_S.ordinal()];
				break;
			}
		}
		assertTrue(!Double.isNaN(first), id + ": the scenario never breaks the rule");
		AlarmRecord alarm = alarms.stream().filter(a -> a.id() == id).findFirst().orElseThrow(() -> new AssertionError(id + " not raised"));
		assertEquals(first, alarm.tS(), 1e-9, id.id());
	}
}
