package org.eccworkbench.kit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eccworkbench.kit.mission.Mission;
import org.eccworkbench.kit.resource.MissionFiles;
import org.eccworkbench.kit.resource.MissionLoadResult;
import org.eccworkbench.model.resource.FileProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .eccmission files: a round trip, and problems reported with their line. */
class MissionFilesTest {

	private static final String OPEN = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
			+ "<ecm:Mission xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
			+ " xmlns:ecm=\"http://www.eccworkbench.org/kit/mission/1.0\" name=\"m\"";

	@Test
	void aMissionSurvivesARoundTrip(@TempDir Path folder) throws IOException {
		Mission mission = Kits.mission(new double[] { 5, 60, 0.4 });
		mission.getInventory().add(Kits.lot("terumo.capiox-fx05", "L1", 3, LocalDate.of(2028, 2, 29)));
		Path file = folder.resolve("m.eccmission");
		MissionFiles.save(mission, file);
		Mission read = MissionFiles.load(file).mission().orElseThrow();
		assertEquals(LocalDate.of(2027, 3, 13), read.getReturnDate());
		assertEquals(LocalDate.of(2028, 2, 29), read.getInventory().get(0).getExpiry());
		assertEquals(5.0, read.getCases().get(0).getWeightKg());
		assertEquals("1.0", read.getFormatVersion());
		try (var listing = Files.list(folder)) {
			assertEquals(List.of(file), listing.toList(), "no temporary file is left");
		}
	}

	@Test
	void aDateThatIsNotIso8601IsReportedWithItsLine(@TempDir Path folder) throws IOException {
		FileProblem problem = single(folder, OPEN + "\n    departure=\"06/03/2027\">\n</ecm:Mission>\n");
		assertEquals(3, problem.line());
		assertTrue(problem.message().contains("06/03/2027"), problem.message());
	}

	@Test
	void anUnknownElementIsReportedWithItsLine(@TempDir Path folder) throws IOException {
		FileProblem problem = single(folder, OPEN + ">\n  <cases id=\"a\"/>\n  <luggage/>\n</ecm:Mission>\n");
		assertEquals(4, problem.line());
		assertTrue(problem.message().contains("luggage"), problem.message());
	}

	@Test
	void aDoctypeIsRefused(@TempDir Path folder) throws IOException {
		String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
				+ OPEN.substring(OPEN.indexOf("<ecm")) + ">&e;</ecm:Mission>\n";
		MissionLoadResult result = load(folder, xml);
		assertFalse(result.ok());
		assertFalse(result.problems().get(0).message().contains("root:"), result.problems().toString());
	}

	@Test
	void aCircuitIsNotAMission(@TempDir Path folder) throws IOException {
		FileProblem problem = single(folder, "<?xml version=\"1.0\"?>\n<ecc:Circuit xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
				+ " xmlns:ecc=\"http://www.eccworkbench.org/model/circuit/1.0\" name=\"c\"/>\n");
		assertEquals("the file holds a Circuit, not a mission", problem.message());
	}

	@Test
	void theShippedExampleReads() {
		MissionLoadResult result = MissionFiles.load(Kits.exampleFile());
		assertEquals(List.of(), result.problems());
	}

	private static FileProblem single(Path folder, String xml) throws IOException {
		MissionLoadResult result = load(folder, xml);
		assertEquals(1, result.problems().size(), result.problems().toString());
		return result.problems().get(0);
	}

	private static MissionLoadResult load(Path folder, String xml) throws IOException {
		Path file = folder.resolve("t.eccmission");
		Files.writeString(file, xml);
		return MissionFiles.load(file);
	}
}
