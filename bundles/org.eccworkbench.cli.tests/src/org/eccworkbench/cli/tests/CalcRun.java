package org.eccworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eccworkbench.cli.ExitCode;

/** Runs {@code eccw calc ...} through the real dispatcher and checks the common contract. */
final class CalcRun {

	private CalcRun() {
	}

	/** Runs with {@code --json}, expects exit 0 and nothing on stderr, returns the parsed object. */
	static Map<String, Object> json(String... commandLine) {
		String[] withJson = java.util.Arrays.copyOf(commandLine, commandLine.length + 1);
		withJson[commandLine.length] = "--json";
		CommandRun run = CommandRun.of(withJson);
		assertEquals(ExitCode.OK, run.exitCode(), run.err());
		assertEquals("", run.err());
		assertEquals(1, run.out().lines().count(), run.out());
		return FlatJson.parse(run.out());
	}

	/** Runs without {@code --json}, expects exit 0, returns stdout. */
	static String text(String... commandLine) {
		CommandRun run = CommandRun.of(commandLine);
		assertEquals(ExitCode.OK, run.exitCode(), run.err());
		assertEquals("", run.err());
		return run.out();
	}

	/** Expects exit 2, nothing on stdout, and {@code message} and the usage on stderr. */
	static void usageError(String message, String... commandLine) {
		CommandRun run = CommandRun.of(commandLine);
		assertEquals(ExitCode.USAGE, run.exitCode(), run.out() + run.err());
		assertEquals("", run.out());
		assertTrue(run.err().contains(message), run.err());
		assertTrue(run.err().contains("Usage: eccw " + commandLine[0] + " " + commandLine[1]), run.err());
	}

	static double number(Map<String, Object> json, String key) {
		Object value = json.get(key);
		assertTrue(value instanceof Double, key + " is not a number in " + json);
		return (Double) value;
	}
}
