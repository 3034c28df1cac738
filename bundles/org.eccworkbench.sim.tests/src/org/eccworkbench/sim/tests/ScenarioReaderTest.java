package org.eccworkbench.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eccworkbench.sim.Action;
import org.eccworkbench.sim.Scenario;
import org.eccworkbench.sim.ScenarioException;
import org.eccworkbench.sim.ScenarioReader;
import org.eccworkbench.sim.ServoMode;
import org.eccworkbench.sim.Signal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scenario format of docs/scenarios.md, read strictly. */
class ScenarioReaderTest {

	@Test
	void everyShippedScenarioReads() throws Exception {
		try (Stream<Path> files = Files.list(Runs.example("scenarios"))) {
			for (Path file : files.sorted().toList()) {
				Scenario scenario = ScenarioReader.read(file);
				assertTrue(!scenario.events().isEmpty(), file.toString());
			}
		}
	}

	@Test
	void readsTimedAndConditionalEventsAndSettings() throws Exception {
		Scenario scenario = ScenarioReader.parse("""
				{"name": "n", "duration_s": 600, "settings": {"level_detector": "slow", "water_c": 35},
				 "events": [
				  {"at_s": 0, "action": "bypass_on"},
				  {"when": {"signal": "reservoir_ml", "below": 300}, "after_s": 10, "repeat_after_s": 60,
				   "action": "give_fluid", "ml": 250, "to": "reservoir", "note": "top up"}
				 ]}""");
		assertEquals("n", scenario.name());
		assertEquals(600, scenario.durationS());
		assertEquals(ServoMode.SLOW, scenario.settings().levelDetector());
		assertEquals(35, scenario.settings().waterC());
		assertEquals(Action.GIVE_FLUID, scenario.events().get(1).action());
		assertEquals(Signal.RESERVOIR_ML, scenario.events().get(1).when().signal());
		assertEquals(250, scenario.events().get(1).number("ml", 0));
		assertEquals(60, scenario.events().get(1).repeatAfterS());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', value = { //
			"{\"events\": [{\"at_s\": 0, \"action\": \"bypass_on\",}]}|1:47: expected a member name in double quotes",
			"{\"events\": [], \"events\": []}|1:16: the name \"events\" appears twice in this object",
			"/* comment */ {}|1:1: unexpected character '/'",
			"{\"events\": [{\"at_s\": 0, \"action\": \"fly\"}]}|events[0].action must be one of",
			"{\"events\": [{\"at_s\": -1, \"action\": \"bypass_on\"}]}|events[0].at_s must be between 0 and 604800, got -1",
			"{\"events\": [{\"action\": \"bypass_on\"}]}|events[0]: give exactly one of at_s and when",
			"{\"events\": [{\"at_s\": 1, \"action\": \"set_flow\"}]}|events[0].l_min is missing",
			"{\"events\": [{\"at_s\": 1, \"action\": \"set_flow\", \"rpm\": 3}]}|unknown member events[0].rpm",
			"{\"events\": [{\"at_s\": 1, \"action\": \"set_water\", \"c\": 45}]}|events[0].c must be between 4 and 42, got 45",
			"{\"events\": [{\"when\": {\"signal\": \"nope\", \"below\": 1}, \"action\": \"bypass_on\"}]}|events[0].when.signal: unknown signal 'nope'",
			"{\"events\": [{\"at_s\": 1, \"action\": \"fault\", \"kind\": \"venous_kink\"}]}|events[0].factor is missing",
			"{\"events\": [{\"at_s\": 1, \"action\": \"fault\", \"kind\": \"pump_failure\", \"factor\": 2}]}|events[0].factor is not a parameter of the fault pump_failure",
			"{\"settings\": {\"bubble_detector\": \"slow\"}, \"events\": []}|settings.bubble_detector must be one of stop",
			"{\"events\": [{\"at_s\": 01, \"action\": \"bypass_on\"}]}|numbers must not have leading zeros",
			"{\"events\": []} x|unexpected text after the JSON document",
			"{\"wat\": 1, \"events\": []}|unknown member $.wat" })
	void refusesWhatIsNotAStrictScenario(String text, String message) {
		ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioReader.parse(text));
		assertTrue(e.getMessage().contains(message), e.getMessage());
	}

	@Test
	void refusesMalformedUtf8AndDeepNesting(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
		Path bad = dir.resolve("bad.json");
		Files.write(bad, new byte[] { '{', '"', (byte) 0xC3, '"', ':', '1', '}' });
		assertTrue(assertThrows(ScenarioException.class, () -> ScenarioReader.read(bad)).getMessage().contains("UTF-8"));
		String deep = "[".repeat(100) + "]".repeat(100);
		assertTrue(assertThrows(ScenarioException.class, () -> ScenarioReader.parse(deep)).getMessage()
				.contains("nested deeper than 64 levels"));
	}
}
