package org.eccworkbench.console.simulated.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eccworkbench.console.simulated.PlainConsole;
import org.eccworkbench.console.simulated.protocol.Frame;
import org.eccworkbench.console.simulated.protocol.FrameException;
import org.eccworkbench.console.simulated.server.AlarmEvent;
import org.eccworkbench.console.simulated.server.ConsoleCase;
import org.eccworkbench.console.simulated.server.ModuleTable;
import org.eccworkbench.console.simulated.server.Reading;
import org.eccworkbench.console.simulated.server.ServerOptions;
import org.eccworkbench.console.simulated.server.VirtualConsole;
import org.eccworkbench.sim.Action;
import org.eccworkbench.sim.Scenario;
import org.eccworkbench.sim.ScenarioEvent;
import org.eccworkbench.sim.ScenarioSettings;
import org.eccworkbench.sim.ServoMode;
import org.eccworkbench.sim.Signal;
import org.junit.jupiter.api.Test;

/**
 * The wire protocol's frames, and the virtual console driven by the simulation engine: its
 * determinism, the channels that follow the engine's signals, commands and physiology faults
 * becoming the engine's actions, and a run that stops on an impossible state.
 */
class ProtocolAndEngineTest {

	private static final double FRAME_S = 0.1;

	@Test
	void framesRoundTripWithTheirChecksum() throws FrameException {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("id", "c1");
		fields.put("text", "a, b * c");
		String line = new Frame("ACK", 42, fields).encode();
		assertEquals("$ACK,42,id=c1,text=a  b   c*", line.substring(0, line.length() - 2));
		Frame back = Frame.decode(line);
		assertEquals(42, back.sequence());
		assertEquals("a  b   c", back.get("text"));
	}

	@Test
	void aDamagedFrameIsRefused() {
		String line = new Frame("TEL", 1, Map.of("p1.rpm", "100.000")).encode();
		String damaged = line.replace("100", "900");
		assertEquals(FrameException.Reason.CHECKSUM, assertThrows(FrameException.class, () -> Frame.decode(damaged)).reason());
		assertThrows(FrameException.class, () -> Frame.decode("TEL,1,p1.rpm=100"));
		assertThrows(FrameException.class, () -> Frame.decode(Frame.seal("TEL,x,p1.rpm=100")));
	}

	@Test
	void theSameSeedGivesTheSameValuesAndAnotherSeedAnotherPatient() throws Exception {
		VirtualConsole a = console(5, "simulation");
		VirtualConsole b = console(5, "simulation");
		VirtualConsole c = console(6, "simulation");
		boolean differs = false;
		for (int i = 0; i < 600; i++) {
			Reading ra = a.step(FRAME_S);
			assertArrayEquals(ra.values(), b.step(FRAME_S).values());
			differs |= !Arrays.equals(ra.values(), c.step(FRAME_S).values());
		}
		assertTrue(differs, "seeds 5 and 6 gave the same values");
	}

	@Test
	void eachFrameAdvancesTheSessionByOneFrameOfFixedSteps() throws Exception {
		VirtualConsole console = console(1, "simulation");
		for (int i = 0; i < 25; i++) {
			console.step(FRAME_S);
		}
		assertEquals(250, console.session().steps());
		assertEquals(2.5, console.session().timeS(), 1e-9);
		// Faster frames than the step: the session advances once their time adds up to a step.
		VirtualConsole fast = console(1, "simulation");
		for (int i = 0; i < 1000; i++) {
			fast.step(1 / 20_000.0);
		}
		assertEquals(5, fast.session().steps());
	}

	@Test
	void theChannelsAreTheEnginesSignals() throws Exception {
		VirtualConsole console = console(1, "simulation");
		Reading r = null;
		for (int i = 0; i < 3000; i++) {
			r = console.step(FRAME_S);
		}
		double[] s = console.session().signals();
		assertEquals(300, r.seconds(), 1e-9);
		assertEquals(ModuleTable.CHANNELS.size(), r.values().length);
		assertEquals(s[Signal.PUMP_RPM.ordinal()], v(r, "p1.rpm"));
		assertEquals(s[Signal.PUMP_FLOW_L_MIN.ordinal()], v(r, "p1.flow"));
		assertEquals(s[Signal.PUMP_FLOW_L_MIN.ordinal()], v(r, "art.flow"));
		assertEquals(s[Signal.RESERVOIR_ML.ordinal()], v(r, "res.level"));
		assertEquals(s[Signal.ARTERIAL_LINE_MMHG.ordinal()], v(r, "art.pressure"));
		assertEquals(s[Signal.PRE_OXYGENATOR_MMHG.ordinal()], v(r, "preoxy.pressure"));
		assertEquals(s[Signal.ARTERIAL_OUTLET_C.ordinal()], v(r, "art.temp"));
		assertEquals(s[Signal.VENOUS_INFLOW_C.ordinal()], v(r, "ven.temp"));
		assertEquals(s[Signal.CORE_C.ordinal()], v(r, "np.temp"));
		assertEquals(s[Signal.PAO2_MMHG.ordinal()], v(r, "bg.pao2"));
		assertEquals(s[Signal.SVO2_PERCENT.ordinal()], v(r, "bg.svo2"));
		assertEquals(s[Signal.HCT_PERCENT.ordinal()], v(r, "bg.hct"));
		assertEquals(s[Signal.FIO2_PERCENT.ordinal()], v(r, "gas.fio2"));
		assertEquals(s[Signal.WATER_C.ordinal()], v(r, "hc.water"));
		// On bypass from 0 s (the nominal scenario) at the adult case's flow, on the roller pump.
		assertBetween(r, "p1.flow", 3.5, 6.5);
		assertBetween(r, "p1.rpm", 30, 250);
		assertBetween(r, "res.level", 200, 4000);
		assertBetween(r, "art.temp", 30, 38);
		assertEquals(300, v(r, "cpb.time"), 1);
		// The adult template's arterial pump is a roller pump: the centrifugal drive is idle.
		assertEquals(0, v(r, "c1.rpm"));
		assertEquals(0, v(r, "c1.flow"));
		// Not modelled by the engine: no value.
		for (String channel : List.of("bg.ph", "bg.k", "cp.pressure", "hc.flow", "p3.rpm", "p3.flow", "p2.rpm")) {
			assertTrue(Double.isNaN(v(r, channel)), channel + " = " + v(r, channel));
		}
		assertEquals(0, v(r, "art.bubble"));
	}

	@Test
	void commandsBecomeTheEnginesActionsOutsideClinicalMode() throws Exception {
		VirtualConsole training = console(1, "training");
		run(training, 60);
		assertNotNull(training.apply("P1", "set-rpm", 300), "300 rpm accepted");
		assertNotNull(training.apply("P3", "set-rpm", 20), "a pump the engine does not run accepted a speed");
		assertNotNull(training.apply("C1", "set-rpm", 2000), "the centrifugal drive of a roller circuit accepted a speed");
		assertNull(training.apply("P1", "set-rpm", 60));
		assertNull(training.apply("GB1", "set-fio2", 80));
		Reading r = run(training, 5);
		assertEquals(60, v(r, "p1.rpm"), 1e-6);
		assertEquals(80, v(r, "gas.fio2"), 1e-6);
		double perRev = v(r, "p1.flow") / 60;
		assertNull(training.apply("P1", "set-rpm", 90));
		r = run(training, 5);
		assertEquals(90, v(r, "p1.rpm"), 1e-6);
		assertEquals(90 * perRev, v(r, "p1.flow"), 1e-6);
		assertTrue(v(r, "p1.flow") > 0.5, "p1.flow " + v(r, "p1.flow"));

		VirtualConsole clinical = console(1, "clinical");
		run(clinical, 60);
		double before = v(clinical.step(FRAME_S), "p1.rpm");
		assertEquals("clinical mode", clinical.apply("P1", "set-rpm", 60));
		assertEquals(before, v(run(clinical, 5), "p1.rpm"), 1e-6);
	}

	@Test
	void aPumpFailureControlLineStopsTheFlowAndSoundsTheAlarm() throws Exception {
		VirtualConsole console = console(1, "simulation");
		run(console, 60);
		console.alarms();
		assertTrue(v(console.step(FRAME_S), "p1.flow") > 1);
		assertNull(console.fault(List.of("fault", "pump_failure")));
		List<AlarmEvent> alarms = new ArrayList<>();
		Reading r = null;
		for (int i = 0; i < 20; i++) {
			r = console.step(FRAME_S);
			alarms.addAll(console.alarms());
		}
		assertEquals(0, v(r, "p1.flow"), 1e-9);
		assertTrue(alarms.stream().anyMatch(a -> a.code().equals("PUMP_FAILURE") && a.active() && a.priority().equals("high")
				&& a.module().equals("P1")), alarms.toString());
		assertNull(console.fault(List.of("clear", "pump_failure")));
		for (int i = 0; i < 20; i++) {
			console.step(FRAME_S);
			alarms.addAll(console.alarms());
		}
		assertTrue(alarms.stream().anyMatch(a -> a.code().equals("PUMP_FAILURE") && !a.active()), alarms.toString());
	}

	@Test
	void physiologyFaultLinesAreCheckedAsTheEnginesActions() throws Exception {
		VirtualConsole console = console(1, "clinical");
		assertNull(console.fault(List.of("fault", "venous_air", "50")), "faults are the trainer's, in every mode");
		assertNull(console.fault(List.of("fault", "oxygenator_failure", "0.3", "ramp_s=300")));
		assertNull(console.fault(List.of("fault", "cannula_dislodgement", "venous")));
		assertNotNull(console.fault(List.of("fault", "nosuch")));
		assertNotNull(console.fault(List.of("fault")));
		assertNotNull(console.fault(List.of("fault", "pump_failure", "3")));
		assertNotNull(console.fault(List.of("fault", "venous_air")), "venous air without its rate");
		assertNotNull(console.fault(List.of("fault", "venous_kink", "0.5")), "a factor below 1");
		assertNotNull(console.fault(List.of("fault", "cannula_dislodgement", "sideways")));
	}

	@Test
	void aRunStoppedOnAnImpossibleStateKeepsItsLastStateAndSaysWhy() throws Exception {
		ScenarioSettings noServo = new ScenarioSettings(ServoMode.STOP, ServoMode.STOP, ServoMode.OFF, Double.NaN,
				Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
				Double.NaN, Double.NaN);
		Scenario rupture = new Scenario("rupture", Double.NaN, noServo,
				List.of(ScenarioEvent.at(0, Action.BYPASS_ON, Map.of(), Map.of()),
						ScenarioEvent.at(30, Action.CLAMP, Map.of(), Map.of("line", "arterial"))));
		ByteArrayOutputStream log = new ByteArrayOutputStream();
		ConsoleCase adult = ConsoleCase.read(options(1));
		VirtualConsole console = new VirtualConsole(new ConsoleCase(adult.circuit(), adult.patient(), rupture, "test"), 1, 10,
				"training", new PrintStream(log, true, StandardCharsets.UTF_8));
		List<AlarmEvent> alarms = new ArrayList<>();
		Reading r = null;
		for (int i = 0; i < 600; i++) {
			r = console.step(FRAME_S);
			alarms.addAll(console.alarms());
		}
		assertTrue(console.session().stopCause().isPresent(), "the run did not stop");
		List<AlarmEvent> stopped = alarms.stream().filter(a -> a.code().equals("SIMULATION_STOPPED")).toList();
		assertEquals(1, stopped.size(), alarms.toString());
		assertTrue(stopped.get(0).active() && stopped.get(0).text().contains(console.session().stopCause().get()));
		assertTrue(log.toString(StandardCharsets.UTF_8).contains(console.session().stopCause().get()), log::toString);
		Reading after = console.step(FRAME_S);
		assertArrayEquals(r.values(), after.values());
		assertTrue(console.alarms().isEmpty());
		assertFalse(console.apply("P1", "set-rpm", 50) == null, "a stopped run accepted a command");
	}

	@Test
	void aCircuitOrScenarioThatCannotBeReadIsNamed() throws Exception {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> ConsoleCase.read(ServerOptions.parse(List.of("--port", "0", "--circuit", "/nonexistent/x.ecc"))));
		assertTrue(e.getMessage().contains("/nonexistent/x.ecc"), e.getMessage());
		IllegalArgumentException s = assertThrows(IllegalArgumentException.class, () -> ConsoleCase.read(ServerOptions.parse(
				List.of("--port", "0", "--circuit", PlainConsole.defaultCircuit().toString(), "--scenario", "/nonexistent/s.json"))));
		assertTrue(s.getMessage().contains("/nonexistent/s.json"), s.getMessage());
	}

	private static ServerOptions options(long seed) throws Exception {
		return ServerOptions.parse(
				List.of("--port", "0", "--seed", Long.toString(seed), "--circuit", PlainConsole.defaultCircuit().toString()));
	}

	static VirtualConsole console(long seed, String mode) throws Exception {
		return new VirtualConsole(ConsoleCase.read(options(seed)), seed, 10, mode,
				new PrintStream(java.io.OutputStream.nullOutputStream()));
	}

	private static Reading run(VirtualConsole console, double seconds) {
		Reading r = null;
		for (int i = 0; i < Math.round(seconds / FRAME_S); i++) {
			r = console.step(FRAME_S);
			console.alarms();
		}
		return r;
	}

	private static double v(Reading r, String channel) {
		return r.values()[ModuleTable.indexOf(channel)];
	}

	private static void assertBetween(Reading r, String channel, double min, double max) {
		double v = v(r, channel);
		assertTrue(v >= min && v <= max, channel + " = " + v);
	}
}
