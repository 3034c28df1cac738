package org.eccworkbench.cli.tests;

import static org.eccworkbench.cli.tests.CalcRun.json;
import static org.eccworkbench.cli.tests.CalcRun.number;
import static org.eccworkbench.cli.tests.CalcRun.text;
import static org.eccworkbench.cli.tests.CalcRun.usageError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eccworkbench.cli.ExitCode;
import org.junit.jupiter.api.Test;

/** {@code calc bsa}, {@code calc flow} and {@code calc ebv}. */
class CalcBodyCommandsTest {

	@Test
	void bsaOf180CmAnd80KgIsTwoSquareMetres() {
		// Mosteller: sqrt(180 x 80 / 3600) = 2.0 m2.
		Map<String, Object> json = json("calc", "bsa", "--height-cm", "180", "--weight-kg", "80");
		assertEquals(List.of("bsa_m2", "formula"), List.copyOf(json.keySet()));
		assertEquals(2.0, number(json, "bsa_m2"), 1e-9);
		assertEquals("mosteller", json.get("formula"));
		assertEquals("Body surface area: 2.00 m2 (Mosteller 1987)",
				text("calc", "bsa", "--height-cm", "180", "--weight-kg", "80").strip());
	}

	@Test
	void bsaWithAnotherFormula() {
		// DuBois: 0.007184 x 180^0.725 x 80^0.425 = 1.9964 m2.
		Map<String, Object> json = json("calc", "bsa", "--height-cm", "180", "--weight-kg", "80", "--formula", "dubois");
		assertEquals(1.9964, number(json, "bsa_m2"), 1e-4);
		assertEquals("dubois", json.get("formula"));
		assertTrue(text("calc", "bsa", "--height-cm", "180", "--weight-kg", "80", "--formula", "gehan-george")
				.contains("2.01 m2 (Gehan & George 1970)"));
	}

	@Test
	void impossibleBodySizesAreUsageErrorsNamingTheRange() {
		usageError("--height-cm must be between 20 and 260 cm, got 0", "calc", "bsa", "--height-cm", "0", "--weight-kg",
				"80");
		usageError("--weight-kg must be between 0.3 and 400 kg, got -2", "calc", "bsa", "--height-cm", "180",
				"--weight-kg", "-2");
		usageError("--formula must be one of mosteller|dubois|haycock|gehan-george, got 'boyd'", "calc", "bsa",
				"--height-cm", "180", "--weight-kg", "80", "--formula", "boyd");
		usageError("--weight-kg is required", "calc", "bsa", "--height-cm", "180");
		usageError("unexpected argument '80'", "calc", "bsa", "--height-cm", "180", "--weight-kg", "80", "80");
		usageError("unknown option --weight", "calc", "bsa", "--height-cm", "180", "--weight", "80");
	}

	@Test
	void flowIsCardiacIndexTimesBsa() {
		// 2.4 L/min/m2 x 2.0 m2 = 4.8 L/min.
		Map<String, Object> json = json("calc", "flow", "--height-cm", "180", "--weight-kg", "80", "--cardiac-index",
				"2.4");
		assertEquals(2.0, number(json, "bsa_m2"), 1e-9);
		assertEquals(4.8, number(json, "flow_l_min"), 1e-9);
		assertEquals(2.4, number(json, "cardiac_index_l_min_m2"), 1e-9);
		String text = text("calc", "flow", "--height-cm", "180", "--weight-kg", "80", "--cardiac-index", "2.4",
				"--formula", "haycock");
		assertTrue(text.contains("Target flow: 4.82 L/min (cardiac index 2.4 L/min/m2 x BSA 2.01 m2)"), text);
		usageError("--cardiac-index must be between 0.5 and 6 L/min/m2, got 24", "calc", "flow", "--height-cm", "180",
				"--weight-kg", "80", "--cardiac-index", "24");
	}

	@Test
	void ebvFromABand() {
		// Iowa, adult 65-70 mL/kg x 80 kg = 5200-5600 mL, middle 5400 mL.
		Map<String, Object> json = json("calc", "ebv", "--weight-kg", "80", "--band", "adult");
		assertEquals(5400, number(json, "ebv_ml"), 1e-9);
		assertEquals(5200, number(json, "ebv_low_ml"), 1e-9);
		assertEquals(5600, number(json, "ebv_high_ml"), 1e-9);
		assertEquals("adult", json.get("band"));
		String text = text("calc", "ebv", "--weight-kg", "3.5", "--band", "term-neonate");
		assertTrue(text.contains("Estimated blood volume: 298 mL (range 280-315 mL; term-neonate 80-90 mL/kg"), text);
	}

	@Test
	void ebvFromAGivenFigure() {
		Map<String, Object> json = json("calc", "ebv", "--weight-kg", "80", "--ml-per-kg", "70");
		assertEquals(5600, number(json, "ebv_ml"), 1e-9);
		assertEquals(null, json.get("band"));
		assertTrue(json.containsKey("band"));
	}

	@Test
	void ebvNeedsExactlyOneWayToEstimate() {
		usageError("give exactly one of --band and --ml-per-kg", "calc", "ebv", "--weight-kg", "80");
		usageError("give exactly one of --band and --ml-per-kg", "calc", "ebv", "--weight-kg", "80", "--band", "adult",
				"--ml-per-kg", "70");
		usageError("--band must be one of preterm|term-neonate|infant|child|obese-child|adolescent-male|"
				+ "adolescent-female|adult, got 'elderly'", "calc", "ebv", "--weight-kg", "80", "--band", "elderly");
		usageError("--ml-per-kg must be between 30 and 150 mL/kg, got 700", "calc", "ebv", "--weight-kg", "80",
				"--ml-per-kg", "700");
	}

	@Test
	void helpListsEveryCalculationWithItsSummary() {
		CommandRun run = CommandRun.of("help", "calc");
		assertEquals(ExitCode.OK, run.exitCode(), run.err());
		for (String name : List.of("bsa", "flow", "ebv", "tubing", "hemodilution", "do2", "heparin", "cardioplegia",
				"roller")) {
			assertTrue(run.out().contains("  calc " + name + " "), name + " missing from " + run.out());
		}
		assertTrue(run.out().contains("Target pump flow: cardiac index x body surface area"), run.out());
		CommandRun usage = CommandRun.of("help", "calc", "bsa");
		assertTrue(usage.out().startsWith("Usage: eccw calc bsa --height-cm H --weight-kg W"), usage.out());
	}
}
