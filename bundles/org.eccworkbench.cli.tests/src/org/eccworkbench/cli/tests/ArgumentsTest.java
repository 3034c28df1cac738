package org.eccworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eccworkbench.cli.Arguments;
import org.eccworkbench.cli.UsageException;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

	private static final Set<String> VALUES = Set.of("height-cm", "weight-kg", "formula");
	private static final Set<String> FLAGS = Set.of("json");

	private static Arguments parse(String... args) throws UsageException {
		return Arguments.parse(List.of(args), VALUES, FLAGS);
	}

	@Test
	void readsOptionsFlagsAndPositionals() throws UsageException {
		Arguments args = parse("adult.ecc", "--height-cm", "175", "--weight-kg=80", "--json", "--", "--odd");
		assertEquals(175.0, args.requiredNumber("height-cm", 20, 260, "cm"));
		assertEquals(80.0, args.number("weight-kg", 0.3, 400, "kg").orElseThrow());
		assertTrue(args.flag("json"));
		assertFalse(args.option("formula").isPresent());
		assertEquals(List.of("adult.ecc", "--odd"), args.positional());
	}

	@Test
	void namesTheFieldAndTheAllowedRange() throws UsageException {
		Arguments args = parse("--weight-kg", "-2");
		UsageException e = assertThrows(UsageException.class, () -> args.number("weight-kg", 0.3, 400, "kg"));
		assertEquals("--weight-kg must be between 0.3 and 400 kg, got -2", e.getMessage());
	}

	@Test
	void refusesWhatItCannotRead() {
		assertEquals("unknown option --weight", assertThrows(UsageException.class, () -> parse("--weight", "3")).getMessage());
		assertEquals("--formula needs a value", assertThrows(UsageException.class, () -> parse("--formula")).getMessage());
		assertEquals("--formula is given more than once",
				assertThrows(UsageException.class, () -> parse("--formula", "a", "--formula", "b")).getMessage());
		assertEquals("--height-cm must be a number, got 'tall'",
				assertThrows(UsageException.class, () -> parse("--height-cm", "tall").number("height-cm", 20, 260, "cm"))
						.getMessage());
		assertEquals("--height-cm is required",
				assertThrows(UsageException.class, () -> parse().requiredNumber("height-cm", 20, 260, "cm")).getMessage());
		assertThrows(UsageException.class, () -> parse("--height-cm", "NaN").number("height-cm", 20, 260, "cm"));
	}
}
