package org.eccworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eccworkbench.analysis.circuit.CircuitTemplates;
import org.eccworkbench.cli.ExitCode;
import org.eccworkbench.kit.plan.ShippedFiles;
import org.eccworkbench.kit.resource.MissionFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eccw kit ...} through the real dispatcher. */
class KitCommandTest {

	private static Path example() {
		return ShippedFiles.folder("examples").resolve("paediatric-mission.eccmission");
	}

	@Test
	void planningTheExamplePrintsTheKitAndWritesTheFiles(@TempDir Path out) {
		CommandRun run = CommandRun.of("kit", "plan", example().toString(), "--out", out.toString());
		assertEquals(ExitCode.OK, run.exitCode(), run.err());
		assertTrue(run.out().contains("20 cases"), run.out());
		assertTrue(run.out().contains("terumo.capiox-fx05"));
		assertTrue(run.out().contains("EX-003A"), "the expiring lot is reported");
		for (String file : new String[] { "bom.csv", "pieces.csv", "customs-proforma.csv", "left-on-site.csv", "checklists.txt",
				"kit.pdf" }) {
			assertTrue(Files.isRegularFile(out.resolve(file)), file);
		}
	}

	@Test
	void theJsonFormHasTheSummaryAndEveryBillLine() {
		CommandRun run = CommandRun.of("kit", "plan", example().toString(), "--json");
		assertEquals(ExitCode.OK, run.exitCode(), run.err());
		assertTrue(run.out().startsWith("{\"summary\": {\"mission\": \"Paediatric cardiac mission (example)\", \"cases\": 20,"
				+ " \"fulfillable\": true"), run.out());
		assertTrue(run.out().contains("{\"item\": \"terumo.capiox-fx05\", \"category\": \"oxygenator\", \"unit\": \"each\","
				+ " \"for_cases\": 10, \"spares\": 1, \"emergency\": 0, \"total\": 11, \"usable_stock\": 11,"
				+ " \"expired_not_counted\": 3, \"shortage\": 0}"), run.out());
	}

	@Test
	void aPlanThatCannotBeFulfilledExitsOneWithTheReasons(@TempDir Path folder) throws IOException {
		Path inventory = folder.resolve("lots.csv");
		Files.writeString(inventory, "item,lot,quantity,expiry\nterumo.capiox-fx05,L1,2,2027-03-01\n");
		CommandRun run = CommandRun.of("kit", "plan", example().toString(), "--inventory", inventory.toString());
		assertEquals(ExitCode.INPUT_PROBLEM, run.exitCode());
		assertTrue(run.err().contains("The kit cannot be fulfilled as planned:"), run.err());
		assertTrue(run.err().contains("short of terumo.capiox-fx05: need 11, usable stock 0, missing 11 each"), run.err());
	}

	@Test
	void aTeamsTemplateFolderReplacesTheShippedTemplates(@TempDir Path folder) throws IOException {
		CommandRun empty = CommandRun.of("kit", "plan", example().toString(), "--templates", folder.toString());
		assertEquals(ExitCode.INPUT_PROBLEM, empty.exitCode());
		assertTrue(empty.err().contains("no circuit template 'neonatal'"), empty.err());
		for (String template : new String[] { "neonatal", "paediatric", "small-adult", "adult", "va-ecmo" }) {
			Files.write(folder.resolve(template + ".ecc"), CircuitTemplates.contributed().template(template).orElseThrow().content());
		}
		CommandRun run = CommandRun.of("kit", "plan", example().toString(), "--templates", folder.toString(), "--json");
		assertEquals(ExitCode.OK, run.exitCode(), run.err());
		assertTrue(run.out().contains("{\"item\": \"medtronic.affinity-pixie\", \"category\": \"oxygenator\", \"unit\": \"each\","
				+ " \"for_cases\": 4, \"spares\": 1, \"emergency\": 0, \"total\": 5"), run.out());
	}

	@Test
	void importingCasesKeepsTheGoodRowsAndReportsTheBadOnes(@TempDir Path folder) throws IOException {
		Path mission = folder.resolve("m.eccmission");
		Files.copy(example(), mission);
		Path csv = folder.resolve("cases.csv");
		Files.writeString(csv, "id,age_years,weight_kg,height_cm\nN1,1,9,76\nN2,x,9,76\nN3,2,11,85\n");
		CommandRun run = CommandRun.of("kit", "import-cases", csv.toString(), "--into", mission.toString());
		assertEquals(ExitCode.INPUT_PROBLEM, run.exitCode());
		assertEquals("cases.csv: row 3, column age_years: 'x' is not a number\n", run.err());
		assertTrue(run.out().startsWith("2 rows imported, 1 bad rows left out"), run.out());
		assertEquals(22, MissionFiles.load(mission).mission().orElseThrow().getCases().size());
	}

	@Test
	void aBrokenMissionFileIsReportedWithItsLine(@TempDir Path folder) throws IOException {
		Path mission = folder.resolve("bad.eccmission");
		Files.writeString(mission, "<?xml version=\"1.0\"?>\n<ecm:Mission xmlns:ecm=\"http://www.eccworkbench.org/kit/mission/1.0\"\n"
				+ "  returnDate=\"soon\"/>\n");
		CommandRun run = CommandRun.of("kit", "plan", mission.toString());
		assertEquals(ExitCode.INPUT_PROBLEM, run.exitCode());
		assertTrue(run.err().startsWith("bad.eccmission:3"), run.err());
	}
}
