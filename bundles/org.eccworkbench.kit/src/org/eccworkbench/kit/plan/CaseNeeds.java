package org.eccworkbench.kit.plan;

import java.util.List;

import org.eccworkbench.kit.mission.PlannedCase;
import org.eccworkbench.model.circuit.Circuit;

/**
 * What one case needs and the figures it was derived from.
 *
 * @param plannedCase       the case
 * @param template          the circuit template used
 * @param circuit           its circuit
 * @param bsaSquareMetres   body surface area
 * @param targetFlowLMin    target pump flow
 * @param primeMl           circuit prime counted (parts with a known prime and the tubing)
 * @param predictedHctPercent predicted haematocrit on bypass, or NaN when the case has none
 * @param heparinUnits      initial heparin dose
 * @param protamineMg       protamine to reverse it
 * @param cardioplegiaMl    cardioplegia volume (induction and re-doses), mL
 * @param needs             the items
 * @param findings          what to tell the team about this case
 */
public record CaseNeeds(PlannedCase plannedCase, String template, Circuit circuit, double bsaSquareMetres,
		double targetFlowLMin, double primeMl, double predictedHctPercent, double heparinUnits, double protamineMg,
		double cardioplegiaMl, List<Need> needs, List<Finding> findings) {
}
