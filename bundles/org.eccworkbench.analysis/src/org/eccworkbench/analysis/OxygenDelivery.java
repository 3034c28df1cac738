package org.eccworkbench.analysis;

import java.util.Objects;

/**
 * Oxygen delivery by the pump: DO2 (mL/min) = 10 × flow (L/min) × CaO2 (mL/dL), the factor 10
 * turning dL into L; indexed DO2i (mL/min/m²) = DO2 / BSA, as in the studies of
 * {@link Do2iThreshold}. The flow that
 * reaches a target is Q = DO2i_target × BSA / (10 × CaO2).
 *
 * @param content          arterial oxygen content
 * @param flowLitresPerMin pump flow, within {@link #FLOW_L_MIN}
 * @param bsaSquareMetres  body surface area, within {@link BsaFormula#BSA_M2}
 */
public record OxygenDelivery(OxygenContent content, double flowLitresPerMin, double bsaSquareMetres) {

	/** From no flow to beyond any adult oxygenator's rated flow. */
	public static final Limit FLOW_L_MIN = new Limit("flowLMin", 0, 10, "L/min");

	public OxygenDelivery {
		Objects.requireNonNull(content, "content");
		FLOW_L_MIN.check(flowLitresPerMin);
		BsaFormula.BSA_M2.check(bsaSquareMetres);
	}

	/** DO2, mL O2/min. */
	public double do2MillilitresPerMin() {
		return 10.0 * flowLitresPerMin * content.cao2MillilitresPerDecilitre();
	}

	/** DO2i, mL O2/min/m². */
	public double do2iMillilitresPerMinPerSquareMetre() {
		return do2MillilitresPerMin() / bsaSquareMetres;
	}

	/** Whether DO2i is strictly below {@code threshold}. */
	public boolean isBelow(Do2iThreshold threshold) {
		return threshold.isBelow(do2iMillilitresPerMinPerSquareMetre());
	}

	/**
	 * The pump flow at which DO2i would reach {@code threshold} with the same CaO2 and BSA, L/min;
	 * infinite when CaO2 is 0.
	 */
	public double flowForLitresPerMin(Do2iThreshold threshold) {
		return threshold.mlPerMinPerSquareMetre() * bsaSquareMetres / (10.0 * content.cao2MillilitresPerDecilitre());
	}
}
