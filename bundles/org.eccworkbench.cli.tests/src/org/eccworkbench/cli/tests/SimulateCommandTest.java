package org.eccworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eccw simulate} and {@code eccw simulate batch} on the example circuit shipped with the sim bundle. */
class SimulateCommandTest {

	static String example(String relative) {
		return Path.of(System.getProperty("eccw.source.root"), "bundles/org.eccworkbench.sim/examples", relative).toString();
	}

	@Test
	void printsTheJsonSummaryWithTheRequiredMembers() {
		CommandRun run = CommandRun.of("simulate", example("adult-cpb.ecc"), "--duration", "20m", "--json");
		assertEquals(0, run.exitCode(), run.err());
		for (String member : new String[] { "\"simulated_s\": 1200", "\"wall_s\": ", "\"nadir_do2i_ml_min_m2\": ",
				"\"minutes_below_do2i_272\": ", "\"minutes_below_do2i_280\": ", "\"blood_volume_error_relative\": ",
				"\"alarms\": [", "\"final\": {", "\"pump_flow_l_min\": ", "\"reservoir_ml\": ", "\"k_ml_per_g\": 1.34" }) {
			assertTrue(run.out().contains(member), member + " missing in\n" + run.out());
		}
		assertTrue(run.out().contains("\"priority\": \"medium\""), "the nominal run's ACT re-dose alarm");
	}

	@Test
	void writesTheTimeSeriesAndTheTextSummary(@TempDir Path dir) throws Exception {
		Path csv = dir.resolve("run.csv");
		CommandRun run = CommandRun.of("simulate", example("adult-cpb.ecc"), "--scenario",
				example("scenarios/arterial-occlusion.json"), "--duration", "15m", "--out", csv.toString(), "--sample-s", "10");
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("high_line_pressure"), run.out());
		assertTrue(run.out().contains("Simulated 00:15:00.00"), run.out());
		var lines = Files.readAllLines(csv);
		assertTrue(lines.get(0).startsWith("t_s,on_bypass,pump_flow_l_min,"));
		assertEquals(2 + 90, lines.size());
	}

	@Test
	void theCommandLineOverridesTheCircuitsPatient() {
		CommandRun run = CommandRun.of("simulate", example("adult-cpb.ecc"), "--duration", "5m", "--height-cm", "160",
				"--weight-kg", "55", "--hct-percent", "35", "--json");
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("\"weight_kg\": 55"), run.out());
	}

	@Test
	void refusesBadInputWithTheRightExitCode(@TempDir Path dir) throws Exception {
		assertEquals(2, CommandRun.of("simulate").exitCode());
		CommandRun duration = CommandRun.of("simulate", example("adult-cpb.ecc"), "--duration", "4 hours");
		assertEquals(2, duration.exitCode());
		assertTrue(duration.err().contains("--duration must be like 4h"), duration.err());
		assertEquals(1, CommandRun.of("simulate", dir.resolve("none.ecc").toString()).exitCode());
		Path bad = Files.writeString(dir.resolve("bad.json"), "{\"events\": [{\"at_s\": 0, \"action\": \"fly\"}]}");
		CommandRun scenario = CommandRun.of("simulate", example("adult-cpb.ecc"), "--scenario", bad.toString());
		assertEquals(1, scenario.exitCode());
		assertTrue(scenario.err().contains("events[0].action must be one of"), scenario.err());
	}

	@Test
	void batchRunsPatientsAndScenariosOnThreadsInAFixedOrder() {
		CommandRun first = CommandRun.of("simulate", "batch", example("adult-cpb.ecc"), "--patients", "3", "--scenario",
				example("scenarios"), "--duration", "2m", "--step-ms", "50", "--threads", "2", "--json");
		assertEquals(0, first.exitCode(), first.err());
		assertTrue(first.out().contains("\"runs\": 36"), first.out());
		CommandRun second = CommandRun.of("simulate", "batch", example("adult-cpb.ecc"), "--patients", "3", "--scenario",
				example("scenarios"), "--duration", "2m", "--step-ms", "50", "--threads", "1", "--json");
		assertEquals(strip(first.out()), strip(second.out()).replace("\"threads\": 1", "\"threads\": 2"));
		CommandRun table = CommandRun.of("simulate", "batch", example("adult-cpb.ecc"), "--patients", "2", "--duration", "1m");
		assertEquals(0, table.exitCode(), table.err());
		assertTrue(table.out().contains("2 runs in "), table.out());
	}

	/** Without the wall-clock members, which are the only ones that differ between identical runs. */
	private static String strip(String json) {
		return json.replaceAll("\"(wall_s|speed_x_real_time)\": [0-9.e-]+", "");
	}
}
