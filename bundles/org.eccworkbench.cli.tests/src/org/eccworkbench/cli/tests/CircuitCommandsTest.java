package org.eccworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** eccw validate, report and template, through the real dispatcher. */
class CircuitCommandsTest {

	@TempDir
	Path folder;

	@Test
	void templateListNamesTheSixTemplates() {
		CommandRun run = CommandRun.of("template", "list");
		assertEquals(0, run.exitCode(), run.err());
		for (String id : new String[] { "adult", "small-adult", "paediatric", "neonatal", "va-ecmo", "vv-ecmo" }) {
			assertTrue(run.out().lines().anyMatch(l -> l.startsWith(id + " ")), id + " in\n" + run.out());
		}
		CommandRun json = CommandRun.of("template", "list", "--json");
		assertTrue(json.out().contains("\"id\": \"va-ecmo\""), json.out());
	}

	@Test
	void templateNewWritesACopyAndKeepsAnExistingFileUnlessForced() throws IOException {
		Path file = folder.resolve("a.ecc");
		CommandRun first = CommandRun.of("template", "new", "adult", file.toString());
		assertEquals(0, first.exitCode(), first.err());
		assertTrue(Files.readString(file).contains("terumo.capiox-fx25"));
		Files.writeString(file, "mine");
		CommandRun again = CommandRun.of("template", "new", "adult", file.toString());
		assertEquals(1, again.exitCode());
		assertTrue(again.err().contains("--force"), again.err());
		assertEquals("mine", Files.readString(file));
		assertEquals(0, CommandRun.of("template", "new", "neonatal", file.toString(), "--force").exitCode());
		assertTrue(Files.readString(file).contains("terumo.capiox-fx05"));
		CommandRun unknown = CommandRun.of("template", "new", "martian", folder.resolve("m.ecc").toString());
		assertEquals(1, unknown.exitCode());
		assertTrue(unknown.err().contains("adult"), unknown.err());
		assertEquals(2, CommandRun.of("template", "new", "adult").exitCode());
	}

	@Test
	void validateATemplateExitsZeroAndNamesFileElementAndRule() throws IOException {
		Path file = template("small-adult");
		CommandRun run = CommandRun.of("validate", file.toString());
		assertEquals(0, run.exitCode(), run.out() + run.err());
		assertTrue(run.out().contains(file + ": 0 errors"), run.out());
		Files.writeString(file, Files.readString(file).replace("name=\"Heater-cooler\"", "name=\"Heater-cooler\" waterTemperatureC=\"43\""));
		CommandRun hot = CommandRun.of("validate", file.toString());
		assertEquals(1, hot.exitCode(), hot.out());
		assertTrue(hot.out().contains(file + ": heaterCooler: error: the heater water set point is 43 \u00b0C, above the 42 \u00b0C limit [water-temperature]"),
				hot.out());
	}

	@Test
	void aBrokenFileGivesTheLoadersLineAndExitsOne() throws IOException {
		Path good = template("adult");
		Path broken = folder.resolve("broken.ecc");
		Files.writeString(broken, Files.readString(good).replace("<connections id=\"venousLine\"", "<connections id=\"venousLine\" bogus=\"1\""));
		CommandRun run = CommandRun.of("validate", good.toString(), broken.toString());
		assertEquals(1, run.exitCode());
		assertTrue(Pattern.compile(Pattern.quote(broken.toString()) + ":\\d+(:\\d+)?: unknown element or attribute 'bogus'")
				.matcher(run.err()).find(), run.err());
		assertTrue(run.out().contains(good + ": 0 errors"), run.out());
		assertEquals(2, CommandRun.of("validate").exitCode());
	}

	@Test
	void reportJsonHasTheFiguresWithUnitsInTheirNames() throws IOException {
		CommandRun run = CommandRun.of("report", template("adult").toString(), "--json");
		assertEquals(0, run.exitCode(), run.err());
		String json = run.out();
		assertEquals(872.2, number(json, "known_total_ml"), 1e-9);
		assertEquals(4.73, number(json, "target_flow_l_min"), 1e-9);
		assertEquals(7, number(json, "flow_limit_l_min"), 1e-9);
		assertTrue(json.contains("\"flow_limit_element_id\": \"oxygenator\""), json);
		assertTrue(json.contains("\"predicted_hct_is_estimate\": true"), json);
		assertTrue(json.contains("\"volume_ml\": null"), "unknown primes are null, never 0");
		assertTrue(number(json, "do2i_at_target_flow_ml_min_m2") > 0);
		assertTrue(number(json, "predicted_hct_percent") < 40);
	}

	@Test
	void reportTakesThePatientFromTheCommandLine() throws IOException {
		CommandRun run = CommandRun.of("report", template("adult").toString(), "--height-cm", "160", "--weight-kg", "50",
				"--cardiac-index", "2.2");
		assertEquals(0, run.exitCode(), run.err());
		// Mosteller sqrt(160 x 50 / 3600) = 1.4907 m2 x 2.2 = 3.28 L/min
		assertTrue(run.out().contains("Target flow: 3.28 L/min (CI 2.20"), run.out());
		assertTrue(run.out().contains("Predicted Hct on bypass: at most "), run.out());
		assertFalse(run.out().contains("Total: "), "the adult template has unknown primes");
		assertEquals(2, CommandRun.of("report", template("adult").toString(), "--weight-kg", "0").exitCode());
	}

	private Path template(String id) {
		Path file = folder.resolve(id + ".ecc");
		CommandRun run = CommandRun.of("template", "new", id, file.toString(), "--force");
		assertEquals(0, run.exitCode(), run.err());
		return file;
	}

	private static double number(String json, String key) {
		Matcher matcher = Pattern.compile("\"" + key + "\": (-?[0-9.]+)").matcher(json);
		assertTrue(matcher.find(), key + " in " + json);
		return Double.parseDouble(matcher.group(1));
	}
}
