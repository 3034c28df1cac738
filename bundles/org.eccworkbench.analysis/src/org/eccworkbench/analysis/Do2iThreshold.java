package org.eccworkbench.analysis;

/**
 * Published thresholds of indexed oxygen delivery on bypass (DO2i, mL/min/m²) below which acute
 * kidney injury becomes more likely. They come from different cohorts and are not
 * interchangeable; a patient's own oxygen consumption matters too (Hendrix et al., PLoS One
 * 2019;14(11):e0225541: mean on-bypass VO2 56 ± 8 mL/min/m²).
 * <p>
 * Goal-directed perfusion is run against 272 mL/min/m² (the critical value of Ranucci 2005) or
 * the GDP target of 280 mL/min/m²; the literature also gives 262 (de Somer 2011) and 270
 * (the ANZ registry, not 272). All four are kept, each with its own source, and reported side by
 * side.
 */
public enum Do2iThreshold {

	/**
	 * de Somer F, Mulholland JW, Bryan MR, Aloisio T, Van Nooten GJ, Ranucci M, "O2 delivery and
	 * CO2 production during cardiopulmonary bypass as determinants of acute kidney injury", Crit
	 * Care 2011;15:R192 (https://ccforum.biomedcentral.com/articles/10.1186/cc10349): nadir DO2i
	 * below 262 mL/min/m² independently associated with AKI (359 adults).
	 */
	DE_SOMER_2011(262, "de Somer et al., Crit Care 2011"),
	/**
	 * Newland et al., the ANZ perfusion registry (19,410 runs): optimal threshold 270 mL/min/m²,
	 * about 7 % more AKI per 10 mL/min/m² lower (as summarised in docs/clinical-formulas.md; the
	 * registry paper itself was not available).
	 */
	NEWLAND_ANZ(270, "Newland et al., ANZ registry"),
	/**
	 * Ranucci M et al., "Oxygen delivery during cardiopulmonary bypass and acute renal failure
	 * after coronary operations", Ann Thorac Surg 2005;80(6):2213-20, doi
	 * 10.1016/j.athoracsur.2005.05.069: lowest DO2i the best predictor of acute renal failure,
	 * critical value 272 mL/min/m² (1,048 coronary patients).
	 */
	RANUCCI_2005(272, "Ranucci et al., Ann Thorac Surg 2005"),
	/**
	 * The goal-directed perfusion target DO2i ≥ 280 mL/min/m² (perfusfind summary of the GDP
	 * trial; Ranucci et al., "Goal-directed perfusion to reduce acute kidney injury: a randomized
	 * trial", J Thorac Cardiovasc Surg 2018;156(5):1918).
	 */
	GOAL_DIRECTED_280(280, "goal-directed perfusion target, GDP trial");

	private final double mlPerMinPerSquareMetre;
	private final String citation;

	Do2iThreshold(double mlPerMinPerSquareMetre, String citation) {
		this.mlPerMinPerSquareMetre = mlPerMinPerSquareMetre;
		this.citation = citation;
	}

	/** The threshold, mL/min/m². */
	public double mlPerMinPerSquareMetre() {
		return mlPerMinPerSquareMetre;
	}

	/** Where the threshold comes from, in a few words. */
	public String citation() {
		return citation;
	}

	/** Whether {@code do2i} (mL/min/m²) is strictly below this threshold. */
	public boolean isBelow(double do2i) {
		return do2i < mlPerMinPerSquareMetre;
	}
}
