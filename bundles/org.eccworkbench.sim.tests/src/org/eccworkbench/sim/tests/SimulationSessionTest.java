package org.eccworkbench.sim.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eccworkbench.sim.Action;
import org.eccworkbench.sim.AlarmId;
import org.eccworkbench.sim.Scenario;
import org.eccworkbench.sim.ScenarioEvent;
import org.eccworkbench.sim.ScenarioException;
import org.eccworkbench.sim.ScenarioSettings;
import org.eccworkbench.sim.Signal;
import org.eccworkbench.sim.SimulationSession;
import org.junit.jupiter.api.Test;

/** A run advanced step by step, acted on while it runs, as the Simulate perspective and the virtual console do. */
class SimulationSessionTest {

	private static Scenario bypassAt0() {
		return new Scenario("live", Double.NaN, ScenarioSettings.defaults(),
				List.of(ScenarioEvent.at(0, Action.BYPASS_ON, Map.of(), Map.of())));
	}

	@Test
	void anActionTakenLiveEqualsTheSameEventInTheScenario() throws Exception {
		Scenario scripted = new Scenario("live", Double.NaN, ScenarioSettings.defaults(),
				List.of(ScenarioEvent.at(0, Action.BYPASS_ON, Map.of(), Map.of()),
						ScenarioEvent.at(120, Action.SET_FLOW, Map.of("l_min", 3.2), Map.of())));
		SimulationSession byFile = SimulationSession.start(Runs.setup(TestCircuits.adult(), scripted, 600, 10, 1, 0));
		SimulationSession byHand = SimulationSession.start(Runs.setup(TestCircuits.adult(), bypassAt0(), 600, 10, 1, 0));
		byFile.advance(120);
		byHand.advance(120);
		assertEquals(120, byHand.timeS(), 1e-9);
		byHand.act(Action.SET_FLOW, Map.of("l_min", 3.2), Map.of());
		byFile.advance(300);
		byHand.advance(300);
		assertArrayEquals(byFile.signals(), byHand.signals());
		assertEquals(3.2, byHand.signals()[Signal.PUMP_FLOW_L_MIN.ordinal()], 0.05, "the pump follows the new flow");
	}

	@Test
	void stepsUntilTheDurationThenStops() throws Exception {
		SimulationSession session = SimulationSession.start(Runs.setup(TestCircuits.adult(), bypassAt0(), 2, 100, 1, 0));
		assertEquals(20, session.advance(60), "2 s at 100 ms");
		assertFalse(session.running());
		assertFalse(session.step());
		assertEquals(2, session.result().simulatedS(), 1e-9);
	}

	@Test
	void aLiveFaultRaisesItsAlarmAndClearingItEndsIt() throws Exception {
		SimulationSession session = SimulationSession.start(Runs.setup(TestCircuits.adult(), bypassAt0(), 3600, 10, 1, 0));
		session.advance(60);
		session.act(Action.FAULT, Map.of(), Map.of("kind", "pump_failure"));
		session.advance(1);
		assertTrue(session.activeAlarms().contains(AlarmId.PUMP_FAILURE));
		assertEquals(0, session.signals()[Signal.PUMP_FLOW_L_MIN.ordinal()], 1e-9);
		session.act(Action.CLEAR_FAULT, Map.of(), Map.of("kind", "pump_failure"));
		session.advance(1);
		assertFalse(session.activeAlarms().contains(AlarmId.PUMP_FAILURE));
		assertTrue(session.alarms().stream().anyMatch(a -> a.id() == AlarmId.PUMP_FAILURE && a.responseS() > 0), "the clearing counts as the response");
	}

	@Test
	void anActionOutOfRangeOrMissingItsParameterIsRefusedByName() throws Exception {
		SimulationSession session = SimulationSession.start(Runs.setup(TestCircuits.adult(), bypassAt0(), 60, 10, 1, 0));
		ScenarioException range = assertThrows(ScenarioException.class,
				() -> session.act(Action.SET_FLOW, Map.of("l_min", 12.0), Map.of()));
		assertTrue(range.getMessage().contains("set_flow.l_min"), range.getMessage());
		ScenarioException missing = assertThrows(ScenarioException.class,
				() -> session.act(Action.SET_FIO2, Map.of(), Map.of()));
		assertTrue(missing.getMessage().contains("percent"), missing.getMessage());
		ScenarioException word = assertThrows(ScenarioException.class,
				() -> session.act(Action.CLAMP, Map.of(), Map.of("line", "cardioplegia")));
		assertTrue(word.getMessage().contains("venous|arterial"), word.getMessage());
		session.advance(10);
		assertEquals(10, session.timeS(), 1e-9, "a refused action changes nothing");
	}
}
