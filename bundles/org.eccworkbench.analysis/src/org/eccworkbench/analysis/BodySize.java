package org.eccworkbench.analysis;

/**
 * A patient's height and weight, the inputs of every body-surface-area formula.
 *
 * @param heightCm height in centimetres, within {@link #HEIGHT_CM}
 * @param weightKg weight in kilograms, within {@link #WEIGHT_KG}
 */
public record BodySize(double heightCm, double weightKg) {

	/** From a preterm neonate to the tallest adults. */
	public static final Limit HEIGHT_CM = new Limit("heightCm", 20, 260, "cm");
	/** From a 300 g preterm neonate to 400 kg. */
	public static final Limit WEIGHT_KG = new Limit("weightKg", 0.3, 400, "kg");

	public BodySize {
		HEIGHT_CM.check(heightCm);
		WEIGHT_KG.check(weightKg);
	}
}
