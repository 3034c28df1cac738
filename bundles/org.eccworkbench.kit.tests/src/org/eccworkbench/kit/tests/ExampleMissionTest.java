package org.eccworkbench.kit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eccworkbench.kit.mission.Mission;
import org.eccworkbench.kit.pack.PackLine;
import org.eccworkbench.kit.pack.PackingResult;
import org.eccworkbench.kit.pack.Packer;
import org.eccworkbench.kit.pack.Piece;
import org.eccworkbench.kit.plan.CaseNeeds;
import org.eccworkbench.kit.plan.KitPlan;
import org.eccworkbench.kit.plan.Requirement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped example mission (20 paediatric cases, 3-35 kg, one week, two consoles, 23 kg pieces)
 * against a hand calculation with the default rules:
 * <ul>
 * <li>Bands: up to 10 kg neonatal (P01-P10: 10 cases), up to 25 kg paediatric (P11-P17: 7), up to
 * 50 kg small-adult (P18-P20: 3). No target flow exceeds the band's oxygenator (largest: P20,
 * 35 kg 148 cm, Haycock 1.19 m2 x 2.8 = 3.33 L/min, FX15 5 L/min).</li>
 * <li>Oxygenators: FX05 10 + max(1, ceil(10 x 10 %)) = 11; Quadrox-iD Pediatric 7 + 1 = 8; FX15 3 + 1
 * = 4; the ECMO circuit's Quadrox-i Small Adult 1 (emergency).</li>
 * <li>Cannulas: the catalog has no aortic or bicaval cannula with a flow figure, so each cannula of
 * a template is two generic ones: aortic 20 x 1 x 2 = 40 + 1 spare; bicaval 20 x 2 x 2 = 80 + 1.</li>
 * <li>1/4 in tubing per case: neonatal 2.0 venous + 1.2 pump loop + 6.0 suckers and vent = 9.2 m;
 * paediatric 1.8 arterial + 2.0 + 1.2 + 6.0 = 11.0 m; small-adult 1.5 + 6.0 = 7.5 m: 92 + 77 +
 * 22.5 = 191.5, rounded up 192 m, spares ceil(19.2) = 20, total 212 m.</li>
 * <li>Heparin 300 U/kg is at most 10,500 U (35 kg): one 25,000 U vial per case, 20 + 2 spares + 1
 * for the ECMO circuit = 23. Protamine 3 mg/kg in 50 mg vials: one vial up to 16.7 kg (14 cases),
 * two up to 33.3 kg (5 cases), three for 35 kg: 27, + 3 spares + 3 for the ECMO circuit = 33.</li>
 * <li>Prime under 1 L in every circuit: one Plasma-Lyte bag per case, 20 + 2 + 1 = 23; del Nido at
 * most 840 mL of crystalloid (35 kg): one bag per case, 20 + 2 = 22.</li>
 * <li>P01 (3 kg, 50 cm, 0.05 y, Hct 45, 150 min): prime = tubing only (FX05, reservoir and
 * cardioplegia set state no prime): 9.2 m x 31.67 + 1.5 x 17.81 + 1.5 x 7.92 = 330 mL; del Nido 60 +
 * 30 mL, crystalloid 72 mL; EBV 3 x 85 = 255 mL; Hct 45 x 255 / (255 + 330 + 72) = 17.5 %.</li>
 * </ul>
 */
class ExampleMissionTest {

	private static Mission mission;
	private static KitPlan plan;
	private static PackingResult packing;

	@BeforeAll
	static void plan() {
		mission = Kits.example();
		plan = Kits.planner().plan(mission);
		packing = new Packer().pack(plan);
	}

	@Test
	void theExampleIsTwentyPaediatricCasesOfOneWeek() {
		assertEquals(20, mission.getCases().size());
		assertEquals(3.0, mission.getCases().stream().mapToDouble(c -> c.getWeightKg()).min().orElseThrow());
		assertEquals(35.0, mission.getCases().stream().mapToDouble(c -> c.getWeightKg()).max().orElseThrow());
		assertEquals(7, java.time.temporal.ChronoUnit.DAYS.between(mission.getDeparture(), mission.getReturnDate()));
		assertEquals(2, mission.getConsoles().size());
		assertEquals(23.0, mission.getTransport().getMaxKgPerPiece());
	}

	@Test
	void casesGetTheTemplateOfTheirWeightBand() {
		Map<String, Long> byTemplate = plan.cases().stream()
				.collect(java.util.stream.Collectors.groupingBy(CaseNeeds::template, java.util.stream.Collectors.counting()));
		assertEquals(Map.of("neonatal", 10L, "paediatric", 7L, "small-adult", 3L), byTemplate);
	}

	@Test
	void countsMatchTheHandCalculation() {
		expect("terumo.capiox-fx05", 10, 1, 0);
		expect("getinge.quadrox-id-pediatric", 7, 1, 0);
		expect("terumo.capiox-fx15", 3, 1, 0);
		expect("getinge.quadrox-i-small-adult", 0, 0, 1);
		expect("generic.cannula.aortic", 40, 1, 0);
		expect("generic.cannula.venous-bicaval", 80, 1, 0);
		expect("tubing.1-4in", 192, 20, 0);
		expect("drug.heparin-25000u", 20, 2, 1);
		expect("drug.protamine-50mg", 27, 3, 3);
		expect("fluid.plasma-lyte-a-1000ml", 20, 2, 1);
		expect("fluid.cardioplegia.del-nido-1000ml", 20, 2, 0);
		expect("equipment.hand-crank", 0, 0, 1);
	}

	@Test
	void theFirstCaseMatchesTheHandCalculation() {
		CaseNeeds p01 = plan.cases().get(0);
		double bsa = 0.024265 * Math.pow(50, 0.3964) * Math.pow(3, 0.5378);
		assertEquals(bsa * 2.8, p01.targetFlowLMin(), 1e-9);
		double prime = 9.2 * Math.PI * Math.pow(0.635 / 2, 2) * 100 + 1.5 * Math.PI * Math.pow(0.47625 / 2, 2) * 100
				+ 1.5 * Math.PI * Math.pow(0.3175 / 2, 2) * 100;
		assertEquals(prime, p01.primeMl(), 1e-6);
		assertEquals(45 * 255 / (255 + prime + 72), p01.predictedHctPercent(), 1e-9);
		assertEquals(900, p01.heparinUnits(), 1e-9);
		assertEquals(90, p01.cardioplegiaMl(), 1e-9);
	}

	@Test
	void theExpiringLotIsFlaggedAndTheKitIsStillFulfilled() {
		Requirement fx05 = plan.requirement("terumo.capiox-fx05").orElseThrow();
		assertEquals(3, fx05.expired());
		assertEquals(11, fx05.available());
		assertTrue(plan.findings().stream().anyMatch(f -> f.message().contains("EX-003A")), plan.findings().toString());
		assertTrue(plan.fulfillable(), plan.findings().toString());
		assertTrue(packing.fits(), packing.brokenLimits().toString());
	}

	@Test
	void everyPieceKeepsItsLimitsAndItsClass() {
		double expectedKg = 0;
		for (Requirement r : plan.requirements()) {
			if (r.item().packing() != org.eccworkbench.kit.plan.PackingClass.ON_SITE) {
				expectedKg += r.total() * r.item().unitWeightKg();
			}
		}
		double packedKg = 0;
		for (Piece piece : packing.pieces()) {
			assertTrue(piece.weightKg() <= 23.0 + 1e-9, "piece " + piece.number() + ": " + piece.weightKg());
			assertTrue(piece.volumeL() <= 80 * 50 * 30 / 1000.0 + 1e-9);
			for (PackLine line : piece.lines()) {
				assertEquals(piece.packing(), line.item().packing());
				packedKg += line.weightKg();
			}
		}
		assertEquals(expectedKg, packedKg, 1e-6);
		assertTrue(packing.pieces().size() <= 20);
	}

	private static void expect(String item, double forCases, double spares, double emergency) {
		Requirement line = plan.requirement(item).orElseThrow(() -> new AssertionError(item + " not planned"));
		assertEquals(forCases, line.forCases(), item + " for cases");
		assertEquals(spares, line.spares(), item + " spares");
		assertEquals(emergency, line.emergency(), item + " emergency");
	}
}
