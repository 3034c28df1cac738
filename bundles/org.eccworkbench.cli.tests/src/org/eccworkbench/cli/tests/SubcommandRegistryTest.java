package org.eccworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eccworkbench.cli.internal.HelpCommand;
import org.eccworkbench.cli.internal.SubcommandDescriptor;
import org.eccworkbench.cli.internal.SubcommandRegistry;
import org.junit.jupiter.api.Test;

class SubcommandRegistryTest {

	private static SubcommandDescriptor descriptor(String name, String contributor) {
		return new SubcommandDescriptor(name, "summary of " + name, name, contributor, HelpCommand::new);
	}

	@Test
	void aSecondContributionOfANameIsReportedAndTheFirstKept() {
		SubcommandRegistry registry = SubcommandRegistry.of(
				List.of(descriptor("calc bsa", "vendor.a"), descriptor("calc bsa", "vendor.b")), List.of());
		assertEquals(1, registry.all().size());
		assertEquals("vendor.a", registry.all().get(0).contributor());
		assertEquals(List.of("Ignored subcommand 'calc bsa' contributed by vendor.b: vendor.a already contributes that name"),
				registry.problems());
	}

	@Test
	void malformedNamesAreReported() {
		SubcommandRegistry registry = SubcommandRegistry.of(
				List.of(descriptor("Calc", "x"), descriptor("calc  bsa", "x"), descriptor("", "x"), descriptor("ok", "x")),
				List.of());
		assertEquals(List.of("ok"), registry.all().stream().map(SubcommandDescriptor::name).toList());
		assertEquals(3, registry.problems().size());
	}

	@Test
	void theLongestNameWins() {
		SubcommandRegistry registry = SubcommandRegistry.of(
				List.of(descriptor("console", "x"), descriptor("console serve", "x")), List.of());
		assertEquals("console serve", registry.longestMatch(List.of("console", "serve", "--port", "4100")).orElseThrow().name());
		assertEquals("console", registry.longestMatch(List.of("console", "drivers")).orElseThrow().name());
		assertTrue(registry.longestMatch(List.of("simulate")).isEmpty());
	}

	@Test
	void theRunningPlatformReportsTheDuplicateHelpOfTheTestFragment() {
		SubcommandRegistry registry = SubcommandRegistry.fromExtensions();
		assertTrue(registry.problems().stream().anyMatch(p -> p.startsWith("Ignored subcommand 'help'")),
				registry.problems().toString());
		assertEquals("List the subcommands, or show how to use one",
				registry.longestMatch(List.of("help")).orElseThrow().summary());
	}
}
