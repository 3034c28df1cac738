package org.eccworkbench.kit.plan;

import org.eccworkbench.analysis.BsaFormula;
import org.eccworkbench.analysis.CardioplegiaProtocol;
import org.eccworkbench.kit.mission.MissionFactory;
import org.eccworkbench.kit.mission.PlanningRules;

/**
 * The planning rules of a mission with their defaults (the ecore's default values): cardiac index
 * 2.8 L/min/m² (GOSH paediatric base, PMID 24447948), Haycock BSA (validated from infants to
 * adults), heparin 300 U/kg and protamine 1.0 mg per 100 U (the low ends of common practice, see
 * {@link org.eccworkbench.analysis.HeparinDose}), del Nido cardioplegia, a target haematocrit of
 * 25 % and packed cells of 60 % haematocrit (programme choices).
 */
public record PlanSettings(PlanningRules rules) {

	public PlanSettings {
		if (rules == null) {
			rules = MissionFactory.eINSTANCE.createPlanningRules();
		}
	}

	public double cardiacIndex() {
		return rules.getCardiacIndex();
	}

	public BsaFormula bsaFormula() {
		return BsaFormula.fromId(rules.getBsaFormula());
	}

	public double heparinUnitsPerKg() {
		return rules.getHeparinUnitsPerKg();
	}

	public double protamineMgPer100Units() {
		return rules.getProtamineMgPer100Units();
	}

	public CardioplegiaProtocol cardioplegiaProtocol() {
		return CardioplegiaProtocol.fromId(rules.getCardioplegiaProtocol());
	}

	public double targetHctPercent() {
		return rules.getTargetHctPercent();
	}

	public double packedCellHctPercent() {
		return rules.getPackedCellHctPercent();
	}
}
