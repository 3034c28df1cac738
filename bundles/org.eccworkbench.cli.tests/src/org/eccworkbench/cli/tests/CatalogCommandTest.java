package org.eccworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.catalog.Category;
import org.eccworkbench.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** eccw catalog list / show / check through the real dispatcher and the shipped catalog. */
class CatalogCommandTest {

	private static final String USER_CATALOG = """
			<?xml version="1.0" encoding="UTF-8"?>
			<catalog version="1">
			  <source id="s" document="Hospital stock list"/>
			  <product id="%s" category="tubing" name="Test tubing (not a real product)" source="s"/>
			</catalog>
			""";

	@Test
	void listShowsEveryProductWithACount() {
		CommandRun run = CommandRun.of("catalog", "list");
		assertEquals(ExitCode.OK, run.exitCode(), run.err());
		assertEquals("", run.err());
		List<String> lines = run.out().lines().toList();
		assertTrue(lines.get(0).startsWith("ID "), lines.get(0));
		assertTrue(lines.get(0).contains("CATEGORY") && lines.get(0).contains("PRODUCT"), lines.get(0));
		int count = CatalogRegistry.contributed().products().size();
		assertTrue(count >= 60);
		assertEquals(count + " products", lines.get(lines.size() - 1));
		assertTrue(run.out().contains("Terumo Capiox FX25 / FX25 Advance"), run.out());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("tubing.3-8in ")), run.out());
	}

	@Test
	void listFiltersByCategoryAndPatient() {
		CommandRun run = CommandRun.of("catalog", "list", "--category", "oxygenator", "--patient", "neonatal");
		assertEquals(ExitCode.OK, run.exitCode(), run.err());
		List<String> rows = run.out().lines().skip(1).filter(l -> l.contains(".")).toList();
		assertFalse(rows.isEmpty());
		rows.forEach(row -> assertTrue(row.contains(" oxygenator ") && row.contains("neonatal"), row));
		assertTrue(run.out().contains("terumo.capiox-fx05"), run.out());
		assertFalse(run.out().contains("terumo.capiox-fx25 "), run.out());
	}

	@Test
	void anEmptySelectionSaysSo() {
		CommandRun run = CommandRun.of("catalog", "list", "--category", "cardioplegia-set", "--patient", "neonatal");
		assertEquals(ExitCode.OK, run.exitCode(), run.err());
		assertEquals("No product matches.", run.out().strip());
		CommandRun sets = CommandRun.of("catalog", "list", "--category", "cardioplegia-set");
		assertTrue(sets.out().contains("sorin.csc14"), sets.out());
	}

	@Test
	void aBadCategoryIsAUsageErrorNamingTheAllowedValues() {
		CommandRun run = CommandRun.of("catalog", "list", "--category", "pump");
		assertEquals(ExitCode.USAGE, run.exitCode());
		assertEquals("", run.out());
		assertTrue(run.err().contains("eccw catalog list: unknown category 'pump'; allowed: " + Category.allIds()), run.err());
		assertTrue(run.err().contains("Usage: eccw catalog list [--category C]"), run.err());
		assertEquals(ExitCode.USAGE, CommandRun.of("catalog", "list", "--patient", "teen").exitCode());
		assertEquals(ExitCode.USAGE, CommandRun.of("catalog", "list", "oxygenator").exitCode());
	}

	@Test
	void listAsJson() {
		CommandRun run = CommandRun.of("catalog", "list", "--category", "oxygenator", "--json");
		assertEquals(ExitCode.OK, run.exitCode(), run.err());
		long oxygenators = CatalogRegistry.contributed().products(Category.OXYGENATOR).size();
		assertTrue(run.out().startsWith("{\n  \"count\": " + oxygenators + ",\n  \"products\": ["), run.out());
		assertEquals(oxygenators, run.out().lines().filter(l -> l.contains("\"category\": \"oxygenator\"")).count());
		assertFalse(run.out().contains("\"category\": \"tubing\""));
		assertTrue(run.out().strip().endsWith("\"problems\": []\n}"), run.out());
		assertBalanced(run.out());
	}

	@Test
	void showPrintsFiguresWithUnitsConditionsAndSources() {
		CommandRun run = CommandRun.of("catalog", "show", "terumo.capiox-fx15");
		assertEquals(ExitCode.OK, run.exitCode(), run.err());
		String out = run.out();
		assertTrue(out.startsWith("Terumo Capiox FX15\n"), out);
		assertTrue(out.contains("Oxygenator (oxygenator)"), out);
		assertTrue(out.contains("small adult"), out);
		assertTrue(out.contains("  Maximum blood flow (max_flow_l_min): 5 L/min\n      when reservoir_capacity_ml = 4000 mL\n"
				+ "      source: K130520; Perfusion 2016;31(1):15 (PMID 26407816)\n"), out);
		assertTrue(out.contains("  Maximum blood flow (max_flow_l_min): 4 L/min\n      when reservoir_capacity_ml = 3000 mL\n"), out);
		assertTrue(out.contains("Unknown (no public source gives them"), out);
		assertTrue(out.contains("  Priming volume (prime_ml)\n"), out);
		assertTrue(out.contains("  Membrane surface area (membrane_area_m2)\n"), out);
	}

	@Test
	void showFlagsWeakSourcesAndQualifiers() {
		CommandRun kids = CommandRun.of("catalog", "show", "sorin.kids-d100");
		assertTrue(kids.out().contains("Priming volume (prime_ml): 31 mL\n      source (WEAK"), kids.out());
		assertTrue(kids.out().contains("https://api.brainscape.com/flashcards/test-1-part-2-5836905/packs/8893090"), kids.out());
		CommandRun cannula = CommandRun.of("catalog", "show", "shiley.femoral-arterial-20fr");
		assertTrue(cannula.out().contains("Flow at a stated pressure drop (flow_at_dp_l_min): more than 6.5 L/min\n"
				+ "      when dp_mmhg = 200 mmHg, hct_percent = 40 %, temperature_c = 30 \u00b0C\n"), cannula.out());
		assertTrue(cannula.out().contains("Type:           femoral"), cannula.out());
		CommandRun fusion = CommandRun.of("catalog", "show", "medtronic.affinity-fusion");
		assertTrue(fusion.out().contains("none: no public source gives a figure for this product"), fusion.out());
		assertTrue(fusion.out().contains("Notes:\n  - Integrated filtering."), fusion.out());
	}

	@Test
	void showAsJson() {
		CommandRun run = CommandRun.of("catalog", "show", "terumo.capiox-fx15", "--json");
		assertEquals(ExitCode.OK, run.exitCode(), run.err());
		String out = run.out();
		assertTrue(out.contains("\"id\": \"terumo.capiox-fx15\""), out);
		assertTrue(out.contains("\"key\": \"max_flow_l_min\",\n      \"value\": 5,\n      \"unit\": \"L/min\","), out);
		assertTrue(out.contains("\"key\": \"reservoir_capacity_ml\",\n          \"value\": 4000,"), out);
		assertTrue(out.contains("\"unknown\": [\n    {\n      \"key\": \"prime_ml\",\n      \"unit\": \"mL\"\n    },"), out);
		assertTrue(out.contains("\"weak\": false"), out);
		assertTrue(out.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f)), "JSON is ASCII");
		assertBalanced(out);
	}

	@Test
	void anUnknownIdExitsOneAndSuggests() {
		CommandRun run = CommandRun.of("catalog", "show", "fx2");
		assertEquals(ExitCode.INPUT_PROBLEM, run.exitCode());
		assertEquals("", run.out());
		assertTrue(run.err().startsWith("eccw catalog show: no product 'fx2' in the catalogs\n"), run.err());
		assertTrue(run.err().contains("Ids that contain it: terumo.capiox-fx25"), run.err());
		assertEquals(ExitCode.INPUT_PROBLEM, CommandRun.of("catalog", "show", "nosuch", "--json").exitCode());
		assertEquals(ExitCode.USAGE, CommandRun.of("catalog", "show").exitCode());
		assertEquals(ExitCode.USAGE, CommandRun.of("catalog", "show", "a", "b").exitCode());
	}

	@Test
	void userCatalogsFromAFolderAreListedAndTheirProblemsReported(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("stock.ecccatalog"), USER_CATALOG.formatted("hospital.tubing-test"),
				StandardCharsets.UTF_8);
		CommandRun good = CommandRun.of("catalog", "list", "--folder", folder.toString(), "--category", "tubing");
		assertEquals(ExitCode.OK, good.exitCode(), good.err());
		assertTrue(good.out().contains("hospital.tubing-test"), good.out());
		assertEquals(ExitCode.OK, CommandRun.of("catalog", "show", "hospital.tubing-test", "--folder", folder.toString()).exitCode());

		Files.writeString(folder.resolve("typo.ecccatalog"), USER_CATALOG.replace("category=", "categroy=")
				.formatted("hospital.other"), StandardCharsets.UTF_8);
		CommandRun broken = CommandRun.of("catalog", "list", "--folder", folder.toString());
		assertEquals(ExitCode.INPUT_PROBLEM, broken.exitCode());
		assertTrue(broken.out().contains("hospital.tubing-test"), "sound catalogs are still listed");
		assertFalse(broken.out().contains("hospital.other"));
		assertTrue(broken.err().contains("eccw catalog list: " + folder.resolve("typo.ecccatalog")
				+ ":4: unknown attribute 'categroy' on <product>"), broken.err());
		assertFalse(broken.err().contains("\tat "), broken.err());
	}

	@Test
	void checkReportsEveryProblemWithItsLine(@TempDir Path folder) throws IOException {
		Path good = Files.writeString(folder.resolve("good.ecccatalog"), USER_CATALOG.formatted("vendor.tubing-test"));
		CommandRun ok = CommandRun.of("catalog", "check", good.toString());
		assertEquals(ExitCode.OK, ok.exitCode(), ok.err());
		assertEquals(good + ": 1 products, no problems", ok.out().strip());

		Path conflict = Files.writeString(folder.resolve("conflict.ecccatalog"), USER_CATALOG.formatted("tubing.3-8in"));
		Path xxe = Files.writeString(folder.resolve("xxe.ecccatalog"),
				"<?xml version=\"1.0\"?>\n<!DOCTYPE catalog [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<catalog version=\"1\"/>\n");
		CommandRun bad = CommandRun.of("catalog", "check", folder.toString());
		assertEquals(ExitCode.INPUT_PROBLEM, bad.exitCode());
		assertTrue(bad.out().contains(conflict + ": 1 problems"), bad.out());
		assertTrue(bad.out().contains(good + ": 1 products, no problems"), bad.out());
		assertTrue(bad.err().contains(conflict + ":4: product 'tubing.3-8in' refused: "
				+ "org.eccworkbench.catalog/catalog/tubing-other.ecccatalog:"), bad.err());
		assertTrue(bad.err().contains(xxe + ":2: DOCTYPE declarations are not allowed in a catalog"), bad.err());

		assertEquals(ExitCode.USAGE, CommandRun.of("catalog", "check").exitCode());
		assertEquals(ExitCode.INPUT_PROBLEM, CommandRun.of("catalog", "check", folder.resolve("missing.ecccatalog").toString()).exitCode());
	}

	@Test
	void helpListsTheCatalogSubcommands() {
		CommandRun run = CommandRun.of("help");
		assertTrue(run.out().contains("catalog list "), run.out());
		assertTrue(run.out().contains("List the products of the component catalogs"), run.out());
		assertTrue(run.out().contains("catalog show "), run.out());
		CommandRun group = CommandRun.of("catalog");
		assertEquals(ExitCode.USAGE, group.exitCode());
		assertTrue(group.err().contains("catalog check"), group.err());
	}

	/** Brackets and braces outside strings pair up. */
	private static void assertBalanced(String json) {
		int depth = 0;
		boolean inString = false;
		for (int i = 0; i < json.length(); i++) {
			char c = json.charAt(i);
			if (inString) {
				if (c == '\\') {
					i++;
				} else if (c == '"') {
					inString = false;
				}
			} else if (c == '"') {
				inString = true;
			} else if (c == '{' || c == '[') {
				depth++;
			} else if (c == '}' || c == ']') {
				depth--;
				assertTrue(depth >= 0, json);
			}
		}
		assertEquals(0, depth, json);
		assertFalse(inString, json);
	}
}
