package org.eccworkbench.kit.plan;

import java.util.List;

import org.eccworkbench.kit.mission.Mission;

/**
 * The kit of a mission: what each case needs, the bill of materials with spares, the emergency
 * kit and the stock it comes from, and what the team must know.
 */
public record KitPlan(Mission mission, List<CaseNeeds> cases, List<Requirement> requirements,
		List<CaseNeeds> emergencyCircuits, List<Finding> findings) {

	/** Whether nothing blocks the plan: no shortage, no missing template. */
	public boolean fulfillable() {
		return findings.stream().noneMatch(f -> f.severity() == Finding.Severity.BLOCKING);
	}

	public java.util.Optional<Requirement> requirement(String itemId) {
		return requirements.stream().filter(r -> r.item().id().equals(itemId)).findFirst();
	}
}
