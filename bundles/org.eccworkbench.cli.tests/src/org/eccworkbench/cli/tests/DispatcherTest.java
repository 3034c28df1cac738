package org.eccworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eccworkbench.cli.ExitCode;
import org.eccworkbench.cli.internal.VersionCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

class DispatcherTest {

	@ParameterizedTest
	@ValueSource(strings = { "--version", "-V", "version" })
	void versionPrintsTheBundleVersionAndExitsZero(String arg) {
		CommandRun run = CommandRun.of(arg);
		assertEquals(ExitCode.OK, run.exitCode(), run.err());
		Version version = FrameworkUtil.getBundle(VersionCommand.class).getVersion();
		String firstLine = run.out().lines().findFirst().orElseThrow();
		assertTrue(firstLine.startsWith("ECC Workbench " + version.getMajor() + "." + version.getMinor() + "."
				+ version.getMicro()), firstLine);
		assertEquals(VersionCommand.versionLine(), firstLine);
		assertTrue(run.out().contains("Java " + System.getProperty("java.version")), run.out());
		assertEquals("", run.err());
	}

	@Test
	void versionRefusesArguments() {
		CommandRun run = CommandRun.of("version", "--full");
		assertEquals(ExitCode.USAGE, run.exitCode());
		assertEquals("", run.out());
		assertTrue(run.err().contains("eccw version: takes no arguments, got '--full'"), run.err());
		assertTrue(run.err().contains("Usage: eccw version"), run.err());
	}

	@Test
	void unknownSubcommandPrintsUsageOnStderrAndExitsTwo() {
		CommandRun run = CommandRun.of("nosuchcommand", "--flag");
		assertEquals(ExitCode.USAGE, run.exitCode());
		assertEquals("", run.out());
		assertTrue(run.err().startsWith("eccw: unknown subcommand 'nosuchcommand'"), run.err());
		assertTrue(run.err().contains("Usage: eccw [SUBCOMMAND [ARGUMENTS...]]"), run.err());
		assertTrue(run.err().contains("  help "), run.err());
		assertTrue(run.err().contains("  version "), run.err());
	}

	@Test
	void noSubcommandIsAUsageError() {
		CommandRun run = CommandRun.of();
		assertEquals(ExitCode.USAGE, run.exitCode());
		assertTrue(run.err().contains("Subcommands:"), run.err());
	}

	@Test
	void helpListsEverySubcommandWithItsSummary() {
		CommandRun run = CommandRun.of("help");
		assertEquals(ExitCode.OK, run.exitCode());
		assertTrue(run.out().contains("Print the version of ECC Workbench"), run.out());
		assertTrue(run.out().contains("List the subcommands, or show how to use one"), run.out());
		assertTrue(run.out().contains("selftest echo"), run.out());
		assertTrue(run.out().contains("Exit codes: 0 success, 1 the input has problems, 2 usage error"), run.out());
		assertEquals(run.out(), CommandRun.of("--help").out());
	}

	@Test
	void helpShowsTheUsageOfOneSubcommand() {
		CommandRun run = CommandRun.of("help", "version");
		assertEquals(ExitCode.OK, run.exitCode());
		assertTrue(run.out().startsWith("Usage: eccw version"), run.out());
	}

	@Test
	void helpOfAnUnknownSubcommandIsAUsageError() {
		CommandRun run = CommandRun.of("help", "nosuch");
		assertEquals(ExitCode.USAGE, run.exitCode());
		assertTrue(run.err().contains("unknown subcommand 'nosuch'"), run.err());
	}

	@Test
	void multiWordSubcommandsGetTheirArguments() {
		CommandRun run = CommandRun.of("selftest", "echo", "roller", "pump");
		assertEquals(ExitCode.OK, run.exitCode(), run.err());
		assertEquals("roller pump", run.out().strip());
	}

	@Test
	void aGroupWithoutItsSubcommandListsTheGroup() {
		CommandRun run = CommandRun.of("selftest");
		assertEquals(ExitCode.USAGE, run.exitCode());
		assertTrue(run.err().contains("'selftest' needs one of these subcommands"), run.err());
		assertTrue(run.err().contains("selftest echo"), run.err());
		assertTrue(run.err().contains("selftest fail"), run.err());
		assertFalse(run.err().contains("  version "), run.err());
	}

	@Test
	void aFailingSubcommandIsReportedInOneLineWithoutStackTrace() {
		CommandRun run = CommandRun.of("selftest", "fail");
		assertEquals(ExitCode.INTERNAL_ERROR, run.exitCode());
		assertEquals("eccw selftest fail failed: IllegalStateException: the oxygenator catalogue is unreadable",
				run.err().strip());
	}

	@Test
	void aContributionWhoseClassIsMissingFailsOnlyWhenRun() {
		assertEquals(ExitCode.OK, CommandRun.of("help").exitCode());
		CommandRun run = CommandRun.of("selftest", "missing");
		assertEquals(ExitCode.INTERNAL_ERROR, run.exitCode());
		assertTrue(run.err().startsWith("eccw selftest missing failed: "), run.err());
		assertFalse(run.err().contains("\tat "), run.err());
	}
}
