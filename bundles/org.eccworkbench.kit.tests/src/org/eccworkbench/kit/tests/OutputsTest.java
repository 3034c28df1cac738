package org.eccworkbench.kit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eccworkbench.kit.importer.ImportResult;
import org.eccworkbench.kit.importer.InventoryImport;
import org.eccworkbench.kit.mission.InventoryLot;
import org.eccworkbench.kit.mission.Mission;
import org.eccworkbench.kit.output.KitOutputs;
import org.eccworkbench.kit.output.KitPdf;
import org.eccworkbench.kit.output.KitTables;
import org.eccworkbench.kit.pack.Packer;
import org.eccworkbench.kit.pack.PackingResult;
import org.eccworkbench.kit.plan.KitPlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files of a plan: CSV lists, checklists and the PDF, read back as text. */
class OutputsTest {

	private static KitPlan plan;
	private static PackingResult packing;

	@BeforeAll
	static void plan() {
		Mission mission = Kits.example();
		InventoryLot valued = mission.getInventory().stream().filter(l -> l.getItemId().equals("drug.protamine-50mg"))
				.findFirst().orElseThrow();
		valued.setUnitValue(3.5);
		valued.setCurrency("EUR");
		plan = Kits.planner().plan(mission);
		packing = new Packer().pack(plan);
	}

	@Test
	void thePdfHoldsTheMasterListTheManifestsTheCustomsListAndTheChecklists() throws IOException {
		String text;
		try (PDDocument document = Loader.loadPDF(KitPdf.render(plan, packing))) {
			text = new PDFTextStripper().getText(document);
			assertTrue(document.getNumberOfPages() >= 1 + packing.pieces().size() + 2 + plan.cases().size());
		}
		assertTrue(text.contains("Master list: Paediatric cardiac mission (example)"), text);
		assertTrue(text.contains("terumo.capiox-fx05"));
		for (int piece = 1; piece <= packing.pieces().size(); piece++) {
			assertTrue(text.contains("Piece " + piece + " of " + packing.pieces().size()), "piece " + piece);
		}
		assertTrue(text.contains("Customs pro-forma list"));
		assertTrue(text.contains("Pre-departure checklist"));
		assertTrue(text.contains("Pre-bypass checklist: case P20 - Ross procedure"));
		assertTrue(text.contains("Arterial bubble detector: present in the circuit"));
		assertTrue(text.contains("EX-003A"), "the expiring lot is among the findings");
	}

	@Test
	void theCustomsListMultipliesTheLotsValueAndLeavesUnknownValuesEmpty() {
		List<List<String>> rows = KitTables.customs(plan);
		assertTrue(rows.contains(List.of("drug.protamine-50mg", "Protamine 50 mg vial (10 mg/mL)", "33", "each", "3.5", "EUR",
				"115.50")), rows.toString());
		List<String> fx05 = rows.stream().filter(r -> r.get(0).equals("terumo.capiox-fx05")).findFirst().orElseThrow();
		assertEquals("", fx05.get(6));
	}

	@Test
	void leftOnSiteIsTheSparesAndTheEmergencyKitFromTheLatestLots() {
		List<List<String>> rows = KitTables.leftOnSite(plan);
		assertTrue(rows.contains(List.of("terumo.capiox-fx05", "Terumo Capiox FX05", "EX-003B", "2028-06-30", "1", "each", "site")),
				rows.toString());
		assertTrue(rows.contains(List.of("equipment.hand-crank", "Hand crank for the arterial pump", "EX-026", "", "1", "each",
				"site")), rows.toString());
	}

	@Test
	void theNextMissionImportsWhatWasLeftOnSite() {
		List<InventoryLot> lots = new java.util.ArrayList<>();
		ImportResult result = InventoryImport.read(KitTables.csv(KitTables.LEFT_HEADER, KitTables.leftOnSite(plan)), lots);
		assertEquals(List.of(), result.problems());
		assertEquals(KitTables.leftOnSite(plan).size(), lots.size());
		assertTrue(lots.stream().allMatch(l -> "site".equals(l.getLocation())));
	}

	@Test
	void everyFileIsWritten(@TempDir Path folder) throws IOException {
		List<Path> written = KitOutputs.write(plan, packing, folder);
		assertEquals(6, written.size());
		List<String> bom = Files.readAllLines(folder.resolve(KitOutputs.BOM));
		assertEquals(String.join(",", KitTables.BOM_HEADER), bom.get(0));
		assertEquals(plan.requirements().size() + 1, bom.size());
		assertTrue(Files.readString(folder.resolve(KitOutputs.PIECES)).contains("\"Terumo Capiox RX/FX hardshell reservoir, 3 L\""));
		assertTrue(Files.size(folder.resolve(KitOutputs.PDF)) > 1000);
		assertTrue(Files.readString(folder.resolve(KitOutputs.CHECKLISTS)).contains("hand crank packed in the emergency kit"));
	}

}
