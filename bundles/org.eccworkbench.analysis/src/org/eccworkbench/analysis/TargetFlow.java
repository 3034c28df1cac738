package org.eccworkbench.analysis;

/**
 * The pump flow for a chosen cardiac index: flow (L/min) = CI (L/min/m²) × BSA (m²).
 * <p>
 * Adult standard CI 2.4 L/min/m² (Perfusion 2011;26:45, PMID 20736244; Alston et al., Perfusion
 * 2006;21(3):139); 2.2 L/min/m² at 37 °C is the classic minimum (Kron &amp; Smith, Operative
 * Cardiac Surgery, 5th ed.); GOSH uses a base CI of 2.8 L/min/m² in children (PMID 24447948).
 * EACTS 2019 asks to set the flow from BSA and the planned temperature and then check its
 * adequacy (SvO2, NIRS, lactate, DO2i); this class only multiplies.
 *
 * @param bsaSquareMetres                        body surface area, within {@link BsaFormula#BSA_M2}
 * @param cardiacIndexLitresPerMinPerSquareMetre cardiac index, within {@link #CARDIAC_INDEX}
 */
public record TargetFlow(double bsaSquareMetres, double cardiacIndexLitresPerMinPerSquareMetre) {

	/** Plausible cardiac indices to set a pump to, in L/min/m². */
	public static final Limit CARDIAC_INDEX = new Limit("cardiacIndex", 0.5, 6.0, "L/min/m2");

	public TargetFlow {
		BsaFormula.BSA_M2.check(bsaSquareMetres);
		CARDIAC_INDEX.check(cardiacIndexLitresPerMinPerSquareMetre);
	}

	/** The target pump flow, in L/min. */
	public double flowLitresPerMin() {
		return cardiacIndexLitresPerMinPerSquareMetre * bsaSquareMetres;
	}
}
