package org.eccworkbench.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eccworkbench.sim.Action;
import org.eccworkbench.sim.AlarmId;
import org.eccworkbench.sim.AlarmRecord;
import org.eccworkbench.sim.RunResult;
import org.eccworkbench.sim.Scenario;
import org.eccworkbench.sim.ScenarioEvent;
import org.eccworkbench.sim.ScenarioSettings;
import org.eccworkbench.sim.ServoMode;
import org.eccworkbench.sim.Signal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Each fault scenario shipped in examples/scenarios raises its alarm and gets its pump reaction. */
class FaultScenarioTest {

	/** Pump reactions: stopped (flow 0 at the end), running (flow as before) or cranked (hand crank flow). */
	@ParameterizedTest(name = "{0}")
	@CsvSource({ "venous-air, LOW_LEVEL, stopped", "venous-kink, LOW_LEVEL, stopped",
			"arterial-occlusion, HIGH_LINE_PRESSURE, stopped", "oxygenator-failure, LOW_SVO2, running",
			"pump-failure, PUMP_FAILURE, stopped", "power-failure, POWER_FAILURE, cranked",
			"heater-cooler-failure, HEATER_COOLER_FAILURE, running", "arterial-dislodgement, LOW_LEVEL, stopped",
			"venous-dislodgement, LOW_LEVEL, stopped", "blood-loss, LOW_LEVEL, stopped" })
	void eachFaultRaisesItsAlarmAndThePumpReacts(String name, AlarmId expected, String reaction) throws Exception {
		Runs.Recorded run = Runs.record(Runs.setup(TestCircuits.adult(), Runs.scenario(name), 1800, 10, 1, 0));
		RunResult result = run.result();
		assertTrue(result.stopCause().isEmpty(), name + ": " + result.stopCause());
		AlarmRecord alarm = first(result.alarms(), expected);
		assertTrue(alarm.tS() >= 600 - 1e-9 || name.equals("heater-cooler-failure"), name + " raised before the fault");
		double before = run.at(590, Signal.PUMP_FLOW_L_MIN);
		double after = run.last(Signal.PUMP_FLOW_L_MIN);
		switch (reaction) {
		case "stopped" -> assertEquals(0, after, 0, name);
		case "running" -> assertEquals(before, after, 1e-9, name);
		default -> assertEquals(100 * 45 / 1000.0, after, 1e-9, name);
		}
		if (name.equals("oxygenator-failure")) {
			assertTrue(run.last(Signal.PAO2_MMHG) < run.at(590, Signal.PAO2_MMHG) / 2, "PaO2 falls");
			assertTrue(run.last(Signal.PRE_OXYGENATOR_MMHG) > run.at(590, Signal.PRE_OXYGENATOR_MMHG), "pre-membrane pressure rises");
		}
		if (name.equals("arterial-dislodgement")) {
			assertTrue(run.last(Signal.BLOOD_LOSS_ML) > 500, "the pump emptied into the field");
		}
		assertTrue(result.scores().maxVolumeErrorRelative() < 1e-9);
	}

	@Test
	void aSlowingLevelDetectorKeepsThePumpAtTheVenousReturn() throws Exception {
		ScenarioSettings slow = new ScenarioSettings(ServoMode.SLOW, ServoMode.STOP, ServoMode.STOP, Double.NaN, Double.NaN,
				Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
				Double.NaN);
		Scenario scenario = new Scenario("kink, slow servo", Double.NaN, slow, List.of(bypass(),
				ScenarioEvent.at(600, Action.FAULT, Map.of("factor", 20.0), Map.of("kind", "venous_kink"))));
		Runs.Recorded run = Runs.record(Runs.setup(TestCircuits.adult(), scenario, 1200, 10, 1, 0));
		double flow = run.last(Signal.PUMP_FLOW_L_MIN);
		assertTrue(flow > 0.5 && flow < run.at(590, Signal.PUMP_FLOW_L_MIN), "slowed, not stopped: " + flow);
		assertEquals(run.last(Signal.VENOUS_DRAINAGE_L_MIN), flow, 0.05);
	}

	@Test
	void aDryReservoirTripsTheBubbleDetector() throws Exception {
		ScenarioSettings noLevel = new ScenarioSettings(ServoMode.OFF, ServoMode.STOP, ServoMode.STOP, Double.NaN,
				Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
				Double.NaN, Double.NaN);
		Scenario scenario = new Scenario("dry", Double.NaN, noLevel, List.of(bypass(),
				ScenarioEvent.at(60, Action.CLAMP, Map.of(), Map.of("line", "venous"))));
		Runs.Recorded run = Runs.record(Runs.setup(TestCircuits.adult(), scenario, 600, 10, 1, 0));
		assertTrue(run.result().stopCause().isEmpty());
		first(run.result().alarms(), AlarmId.LOW_LEVEL);
		first(run.result().alarms(), AlarmId.BUBBLE);
		assertEquals(0, run.last(Signal.PUMP_FLOW_L_MIN), 0);
	}

	@Test
	void withoutABubbleDetectorADryReservoirStopsTheRunWithItsCause() throws Exception {
		ScenarioSettings off = new ScenarioSettings(ServoMode.OFF, ServoMode.OFF, ServoMode.STOP, Double.NaN, Double.NaN,
				Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
				Double.NaN);
		Scenario scenario = new Scenario("dry", Double.NaN, off, List.of(bypass(),
				ScenarioEvent.at(60, Action.CLAMP, Map.of(), Map.of("line", "venous"))));
		RunResult result = Runs.run(Runs.setup(TestCircuits.adult(), scenario, 600, 10, 1, 0));
		assertTrue(result.stopCause().orElse("").startsWith("massive air embolism"), result.stopCause().toString());
		assertTrue(result.simulatedS() < 600);
	}

	@Test
	void aClampedArterialLineStopsTheRollerPumpThroughThePressureServo() throws Exception {
		Scenario scenario = new Scenario("clamp", Double.NaN, ScenarioSettings.defaults(), List.of(bypass(),
				ScenarioEvent.at(120, Action.CLAMP, Map.of(), Map.of("line", "arterial"))));
		Runs.Recorded run = Runs.record(Runs.setup(TestCircuits.adult(), scenario, 300, 10, 1, 0));
		assertEquals(120.01, first(run.result().alarms(), AlarmId.HIGH_LINE_PRESSURE).tS(), 1e-9);
		assertEquals(0, run.last(Signal.PUMP_FLOW_L_MIN), 0);
	}

	@Test
	void aCentrifugalPumpLosesFlowWhenTheAfterloadRises() throws Exception {
		Scenario scenario = new Scenario("occlusion", Double.NaN, ScenarioSettings.defaults(), List.of(bypass(),
				ScenarioEvent.at(60, Action.SET_RPM, Map.of("rpm", 2800.0), Map.of()),
				ScenarioEvent.at(300, Action.FAULT, Map.of("factor", 3.0), Map.of("kind", "arterial_occlusion"))));
		Runs.Recorded run = Runs.record(Runs.setup(TestCircuits.adultCentrifugal(), scenario, 600, 10, 1, 0));
		assertTrue(run.result().stopCause().isEmpty());
		double before = run.at(290, Signal.PUMP_FLOW_L_MIN);
		double after = run.last(Signal.PUMP_FLOW_L_MIN);
		assertEquals(2800, run.last(Signal.PUMP_RPM), 1e-9);
		assertTrue(before > 1 && after < before, before + " -> " + after);
	}

	@Test
	void aStoppedCentrifugalPumpFlowsBackwardsAndAlarms() throws Exception {
		Scenario scenario = new Scenario("backflow", Double.NaN, ScenarioSettings.defaults(), List.of(bypass(),
				ScenarioEvent.at(120, Action.SET_RPM, Map.of("rpm", 300.0), Map.of())));
		Runs.Recorded run = Runs.record(Runs.setup(TestCircuits.adultCentrifugal(), scenario, 300, 10, 0.01, 0));
		double lowest = run.rows().stream().mapToDouble(r -> r[Signal.PUMP_FLOW_L_MIN.ordinal()]).min().orElseThrow();
		assertTrue(lowest < 0, "flow reversed: " + lowest);
		assertEquals(120.01, first(run.result().alarms(), AlarmId.BACKFLOW).tS(), 1e-9);
		assertTrue(run.result().scores().maxVolumeErrorRelative() < 1e-9);
	}

	static ScenarioEvent bypass() {
		return ScenarioEvent.at(0, Action.BYPASS_ON, Map.of(), Map.of());
	}

	static AlarmRecord first(List<AlarmRecord> alarms, AlarmId id) {
		return alarms.stream().filter(a -> a.id() == id).findFirst()
				.orElseThrow(() -> new AssertionError(id + " not raised in " + alarms));
	}
}
