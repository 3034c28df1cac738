package org.eccworkbench.kit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eccworkbench.kit.mission.Mission;
import org.eccworkbench.kit.mission.SparePolicy;
import org.eccworkbench.kit.mission.SpareScope;
import org.eccworkbench.kit.mission.WeightBand;
import org.eccworkbench.kit.plan.CaseNeeds;
import org.eccworkbench.kit.plan.KitPlan;
import org.eccworkbench.kit.plan.Need;
import org.junit.jupiter.api.Test;

/** The planner follows the patient: bands move up on flow, cannulas by flow, spares by policy. */
class PlannerRulesTest {

	@Test
	void aCaseWhoseFlowExceedsTheBandsOxygenatorMovesUpABand() {
		// 16 kg, 125 cm (paediatric band): Haycock 0.024265 x 125^0.3964 x 16^0.5378 = 0.731 m2,
		// x 2.8 = 2.05 L/min, more than the Affinity Pixie's 2.0 L/min.
		Mission mission = Kits.mission(new double[] { 16, 125, 9 });
		KitPlan plan = Kits.planner().plan(mission);
		assertEquals("small-adult", plan.cases().get(0).template());
		assertTrue(plan.findings().stream().anyMatch(f -> f.message().equals(
				"case C1: target flow 2.05 L/min is above the oxygenator of paediatric; template small-adult used")),
				plan.findings().toString());
		// 16 kg, 105 cm: 0.682 m2, 1.91 L/min: the Pixie carries it and the band holds.
		assertEquals("paediatric", Kits.planner().plan(Kits.mission(new double[] { 16, 105, 4 })).cases().get(0).template());
	}

	@Test
	void theMissionsOwnBandsAreUsed() {
		Mission mission = Kits.mission(new double[] { 8, 72, 1 });
		mission.setRules(Kits.F.createPlanningRules());
		WeightBand band = Kits.F.createWeightBand();
		band.setUpToKg(0);
		band.setTemplate("paediatric");
		mission.getRules().getBands().add(band);
		assertEquals("paediatric", Kits.planner().plan(mission).cases().get(0).template());
	}

	@Test
	void femoralCannulasComeFromTheCatalogByFlow() {
		// The emergency VA-ECMO circuit is sized for the heaviest case, 35 kg 148 cm: 3.33 L/min.
		// Arterial: the smallest femoral cannula carrying it is the Biomedicus 16 Fr (3.5 L/min),
		// with the Bard 17 Fr as the next size. Venous: Bard 18 Fr (4.5; the Biomedicus 18 Fr gives
		// 3.0), then the Canyon 20 Fr.
		KitPlan plan = Kits.planner().plan(Kits.mission(new double[] { 35, 148, 12 }));
		CaseNeeds ecmo = plan.emergencyCircuits().get(0);
		List<String> cannulas = ecmo.needs().stream().map(Need::itemId).filter(i -> i.contains("femoral")).toList();
		assertEquals(List.of("bard.femoral-venous-18fr", "canyon.femoral-venous-20fr", "biomedicus.femoral-arterial-16fr",
				"bard.femoral-arterial-17fr").stream().sorted().toList(), cannulas.stream().sorted().toList());
	}

	@Test
	void aCategoryPolicyCountsTheSizesTogether() {
		Mission mission = Kits.mission(new double[] { 4, 55, 0.3 }, new double[] { 4.5, 57, 0.3 }, new double[] { 12, 90, 2.5 });
		mission.setRules(Kits.F.createPlanningRules());
		SparePolicy policy = Kits.F.createSparePolicy();
		policy.setSelector("oxygenator");
		policy.setScope(SpareScope.CATEGORY);
		policy.setPercent(50);
		policy.setMinimum(1);
		mission.getRules().getSpares().add(policy);
		KitPlan plan = Kits.planner().plan(mission);
		// 2 FX05 + 1 Affinity Pixie (12 kg, 90 cm: 1.54 L/min) = 3 oxygenators; 50 % is 1.5, rounded
		// up 2, given to the FX05.
		assertEquals(2, plan.requirement("terumo.capiox-fx05").orElseThrow().spares());
		assertEquals(0, plan.requirement("medtronic.affinity-pixie").orElseThrow().spares());
	}

	@Test
	void bloodIsAddedWhenThePredictedHctFallsBelowTheTarget() {
		Mission mission = Kits.mission(new double[] { 3, 50, 0.05 });
		mission.getCases().get(0).setHematocritPercent(45.0);
		mission.getCases().get(0).setExpectedBypassMinutes(150);
		KitPlan plan = Kits.planner().plan(mission);
		CaseNeeds c = plan.cases().get(0);
		// Neonatal template: prime 246.8 mL (tubing only); blood cardioplegia adds no crystalloid.
		// EBV 3 x 85 = 255 mL; Hct 45 x 255 / 501.8 = 22.9 %, under the 25 % target.
		assertEquals(246.82, c.primeMl(), 0.01);
		double total = 255 + c.primeMl();
		double redCells = (25 * total - 45 * 255) / 60;
		assertEquals(Math.ceil(redCells), c.needs().stream().filter(n -> n.itemId().equals("blood.prbc-ml"))
				.mapToDouble(Need::quantity).sum());
	}
}
