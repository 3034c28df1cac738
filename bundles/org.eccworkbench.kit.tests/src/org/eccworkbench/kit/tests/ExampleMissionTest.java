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
import org.eccworkbench.kit.plan.PackingClass;
import org.eccworkbench.kit.plan.Requirement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped example mission (20 paediatric cases, 3-35 kg, one week, two consoles, 23 kg pieces)
 * against a hand calculation with the default rules and the shipped circuit templates
 * (org.eccworkbench.analysis/templates):
 * <ul>
 * <li>Bands: up to 10 kg neonatal (P01-P10: 10 cases), up to 16 kg paediatric (P11-P14: 4), up to
 * 50 kg small-adult (P15-P20: 6). No target flow exceeds the band's oxygenator: P10, 10 kg 85 cm,
 * Haycock 0.487 m2 x 2.8 = 1.36 L/min (FX05 1.5); P14, 16 kg 108 cm, 0.690 m2 x 2.8 = 1.93 L/min
 * (Affinity Pixie 2.0); P20, 35 kg 148 cm, 1.190 m2 x 2.8 = 3.33 L/min (FX15 5.0).</li>
 * <li>Oxygenators (spares: 10 %, at least 1): FX05 10 + max(1, ceil(1.0)) = 11; Pixie 4 + 1 = 5; FX15
 * 6 + max(1, ceil(0.6)) = 7; the VA-ECMO circuit's Quadrox-i Adult 1 (emergency).</li>
 * <li>Reservoirs: the neonatal and paediatric templates' generic hardshell 14 + ceil(1.4) = 16; the
 * small-adult's Capiox RX 3 L 6 + 1 = 7. Arterial filters: paediatric generic 4 + 1 = 5, small-adult
 * Terumo 37 um 6 + 1 = 7 (the neonatal FX05 has its filter built in). Pump head: the ECMO circuit's
 * RotaFlow, 1 (emergency).</li>
 * <li>One cardioplegia set, vent, sucker and vent valve per case: 20 + ceil(2.0) = 22 each.</li>
 * <li>Cannulas: the catalog has no aortic, single-stage or two-stage cannula with a flow figure, so
 * each is two generic ones, spares at least 1: aortic 20 x 2 = 40 + 1; single-stage venous (neonatal
 * and paediatric) 14 x 2 = 28 + 1; two-stage venous (small-adult) 6 x 2 = 12 + 1. The ECMO circuit,
 * sized for P20's 3.33 L/min, takes femoral cannulas from the catalog: arterial Biomedicus 16 Fr
 * (3.5 L/min) and Bard 17 Fr, venous Bard 18 Fr (4.5) and Canyon 20 Fr.</li>
 * <li>Tubing per case: neonatal 1/4 in 1.0 + 0.3 + 0.4 + 0.3 = 2.0 m, 3/16 in arterial 1.0,
 * recirculation 0.5 + 0.5, cardioplegia 1.0 + 0.5 + 2.0, vent 1.5 + 0.3 + 0.5, sucker 2.0 + 0.5 =
 * 10.3 m; paediatric 1/4 in 1.2 + 0.3 + 0.5 + 0.4 + 0.3 + 1.2 = 3.9 m, 3/16 in 9.3 m (the same
 * without the arterial line); small-adult 3/8 in 1.5 + 0.3 + 0.6 + 0.5 + 0.3 + 1.5 = 4.7 m, 1/4 in
 * 9.3 m; VA-ECMO 3/8 in 1.5 + 0.3 + 0.3 + 0.3 + 1.5 = 3.9 m. 1/4 in: 10 x 2.0 + 4 x 3.9 + 6 x 9.3 =
 * 91.4, rounded up 92 m, spares ceil(9.2) = 10; 3/16 in: 10 x 10.3 + 4 x 9.3 = 140.2, 141 m, spares
 * ceil(14.1) = 15; 3/8 in: 6 x 4.7 = 28.2, 29 m, spares ceil(2.9) = 3, emergency 3.9, 4 m.</li>
 * <li>Cardioplegia: every shipped bypass template delivers blood cardioplegia 4:1, which has no
 * published weight-based dose: no crystalloid bag is planned and every case says so.</li>
 * <li>Prime (tubing plus the parts whose prime the catalog gives): neonatal 2.0 x 31.67 + 10.3 x
 * 17.81 = 246.8 mL; paediatric Pixie 48 + 3.9 x 31.67 + 9.3 x 17.81 = 337.2 mL; small-adult Terumo
 * 37 um filter 125 + 4.7 x 71.26 + 9.3 x 31.67 = 754.4 mL; VA-ECMO 3.9 x 71.26 = 277.9 mL: one
 * Plasma-Lyte bag each, 20 + max(2, ceil(2.0)) = 22, + 1 for the ECMO circuit.</li>
 * <li>Packed red cells, (25 x (EBV + prime) - Hct x EBV) / 60 rounded up where the predicted Hct is
 * under 25 %: P01 3 kg x 85 = 255 mL, Hct 45, 45 x 255 / 501.8 = 22.9 %: (12545.5 - 11475) / 60 = 17.8, 18;
 * P02 3.4 x 75 = 255, Hct 42, 21.3 %: 31; P03 4.2 x 75 = 315, Hct 38, 21.3 %: 35; P04 4.8 x 75 = 360,
 * Hct 36, 21.4 %: 37; P05 5.5 x 75 = 412.5, Hct 35, 21.9 %: 35; P06 6.2 x 75 = 465, Hct 36, 23.5 %: 18;
 * P15 18 x 72.5 = 1305, Hct 38, 38 x 1305 / 2059.4 = 24.1 %: 32. Total 206 mL, requested on site.
 * Every other case stays at 25 % or above (P07 at Hct 52: 35.4 %; P16: 25.6 %).</li>
 * <li>Heparin 300 U/kg is at most 10,500 U (35 kg): one 25,000 U vial per case, 20 + 2 spares + 1
 * for the ECMO circuit = 23. Protamine 3 mg/kg in 50 mg vials: one vial up to 16.7 kg (P01-P14: 14),
 * two up to 33.3 kg (P15-P19: 5), three for 35 kg: 27, + 3 spares + 3 for the ECMO circuit = 33.</li>
 * <li>Hand crank: one for the LivaNova S5, which has none on site (the System 1 has its own).</li>
 * <li>28 bill lines: 4 oxygenators, 2 reservoirs, 2 filters, the pump head, the cardioplegia set,
 * vent, sucker and valve, 7 cannulas, 3 tubing sizes, Plasma-Lyte, red cells, heparin, protamine and
 * the hand crank.</li>
 * <li>Pieces (planning weights; 23 kg less 4 kg tare = 19 kg, 120 L a piece): sterile 24 oxygenators
 * x 1.5 + 23 reservoirs x 1.0 + 22 cardioplegia sets x 0.5 + pump head 0.4 + 12 filters x 0.3 + 294
 * m of tubing x 0.15 + 87 cannulas x 0.1 + 44 suckers and vents x 0.1 + 22 valves x 0.05 = 132.3 kg,
 * at least ceil(132.3 / 19) = 7 pieces; fluid 23 bags x 1.1 = 25.3 kg, 2 pieces; general 23 + 33
 * vials x 0.03 + hand crank 2 = 3.68 kg, 1 piece. First fit reaches every bound: 10 pieces,
 * 161.28 kg of contents.</li>
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
		assertEquals(Map.of("neonatal", 10L, "paediatric", 4L, "small-adult", 6L), byTemplate);
		assertTrue(plan.findings().stream().noneMatch(f -> f.message().contains("is above the oxygenator")),
				plan.findings().toString());
	}

	@Test
	void countsMatchTheHandCalculation() {
		expect("terumo.capiox-fx05", 10, 1, 0);
		expect("medtronic.affinity-pixie", 4, 1, 0);
		expect("terumo.capiox-fx15", 6, 1, 0);
		expect("getinge.quadrox-i-adult", 0, 0, 1);
		expect("generic.reservoir", 14, 2, 0);
		expect("terumo.capiox-rx-fx-reservoir-3l", 6, 1, 0);
		expect("generic.arterial-filter", 4, 1, 0);
		expect("terumo.alf-37um", 6, 1, 0);
		expect("maquet.rotaflow-rf32", 0, 0, 1);
		expect("generic.cardioplegia-set", 20, 2, 0);
		expect("generic.vent", 20, 2, 0);
		expect("generic.suction", 20, 2, 0);
		expect("generic.one-way-valve", 20, 2, 0);
		expect("generic.cannula.aortic", 40, 1, 0);
		expect("generic.cannula.venous-single-stage", 28, 1, 0);
		expect("generic.cannula.venous-two-stage", 12, 1, 0);
		expect("tubing.1-4in", 92, 10, 0);
		expect("tubing.3-16in", 141, 15, 0);
		expect("tubing.3-8in", 29, 3, 4);
		expect("fluid.plasma-lyte-a-1000ml", 20, 2, 1);
		expect("blood.prbc-ml", 206, 0, 0);
		expect("drug.heparin-25000u", 20, 2, 1);
		expect("drug.protamine-50mg", 27, 3, 3);
		expect("biomedicus.femoral-arterial-16fr", 0, 0, 1);
		expect("bard.femoral-arterial-17fr", 0, 0, 1);
		expect("bard.femoral-venous-18fr", 0, 0, 1);
		expect("canyon.femoral-venous-20fr", 0, 0, 1);
		expect("equipment.hand-crank", 0, 0, 1);
		assertEquals(28, plan.requirements().size(), plan.requirements().stream().map(r -> r.item().id()).toList().toString());
	}

	@Test
	void bloodCardioplegiaPlansNoCrystalloidAndEveryCaseSaysSo() {
		assertTrue(plan.requirements().stream().noneMatch(r -> r.item().id().startsWith("fluid.cardioplegia.")));
		for (CaseNeeds c : plan.cases()) {
			assertEquals(0, c.cardioplegiaMl(), c.plannedCase().getId());
			assertTrue(plan.findings().stream().anyMatch(f -> f.message().equals("case " + c.plannedCase().getId()
					+ ": protocol blood-4-1 has no published weight-based dose; add its solution by hand")), c.plannedCase().getId());
		}
	}

	@Test
	void theFirstCaseMatchesTheHandCalculation() {
		CaseNeeds p01 = plan.cases().get(0);
		double bsa = 0.024265 * Math.pow(50, 0.3964) * Math.pow(3, 0.5378);
		assertEquals(bsa * 2.8, p01.targetFlowLMin(), 1e-9);
		assertEquals("neonatal", p01.template());
		// 1/4 in 2.0 m and 3/16 in 10.3 m; the FX05, the generic reservoir, the cardioplegia set and
		// the vent valve state no prime.
		double prime = 2.0 * Math.PI * Math.pow(0.635 / 2, 2) * 100 + 10.3 * Math.PI * Math.pow(0.47625 / 2, 2) * 100;
		assertEquals(prime, p01.primeMl(), 1e-6);
		assertEquals(246.82, p01.primeMl(), 0.01);
		assertEquals(45 * 255 / (255 + prime), p01.predictedHctPercent(), 1e-9);
		assertEquals(18, Math.ceil((25 * (255 + prime) - 45 * 255) / 60));
		assertEquals(900, p01.heparinUnits(), 1e-9);
		assertEquals(9, p01.protamineMg(), 1e-9);
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
			if (r.item().packing() != PackingClass.ON_SITE) {
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
		assertEquals(161.28, packedKg, 1e-6);
		Map<PackingClass, Long> byClass = packing.pieces().stream()
				.collect(java.util.stream.Collectors.groupingBy(Piece::packing, java.util.stream.Collectors.counting()));
		assertEquals(Map.of(PackingClass.STERILE, 7L, PackingClass.FLUID, 2L, PackingClass.GENERAL, 1L), byClass);
		assertTrue(packing.pieces().size() <= 20);
	}

	private static void expect(String item, double forCases, double spares, double emergency) {
		Requirement line = plan.requirement(item).orElseThrow(() -> new AssertionError(item + " not planned"));
		assertEquals(forCases, line.forCases(), item + " for cases");
		assertEquals(spares, line.spares(), item + " spares");
		assertEquals(emergency, line.emergency(), item + " emergency");
	}
}
