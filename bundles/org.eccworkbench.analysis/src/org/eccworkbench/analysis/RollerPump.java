package org.eccworkbench.analysis;

/**
 * A roller pump's flow and speed: flow (L/min) = rpm × stroke volume (mL/rev) × occlusion factor
 * / 1000 (Tayama, Raskin, Nosé, "Blood pumps", ch. 3 in Gravlee et al., Cardiopulmonary Bypass:
 * Principles and Practice). The stroke volume depends on the boot tubing's internal diameter and
 * the raceway length, and small changes of occlusion materially change the delivered flow (Cappa
 * et al., roller pump performance study): use a stroke volume calibrated on the console, with
 * the occlusion factor 1 (the calibration already includes the occlusion), or a nominal stroke
 * volume from {@link RollerStrokeVolume} corrected by a factor below 1.
 *
 * @param strokeMillilitresPerRev stroke volume per revolution, within {@link #STROKE_ML_PER_REV}
 * @param occlusionFactor         the fraction of the stroke volume delivered, within
 *                                {@link #OCCLUSION_FACTOR}
 */
public record RollerPump(double strokeMillilitresPerRev, double occlusionFactor) {

	/** From 1/16" boots in a small raceway to 5/8" boots in a large one. */
	public static final Limit STROKE_ML_PER_REV = new Limit("strokeMlPerRev", 0.1, 200, "mL/rev");
	/** 1 for a calibrated stroke volume. */
	public static final Limit OCCLUSION_FACTOR = new Limit("occlusionFactor", 0.1, 1.0, "(fraction)");
	/** Wide of the ~100 rpm that should not be exceeded (student flashcards, a weak source). */
	public static final Limit RPM = new Limit("rpm", 0, 300, "rpm");

	public RollerPump {
		STROKE_ML_PER_REV.check(strokeMillilitresPerRev);
		OCCLUSION_FACTOR.check(occlusionFactor);
	}

	/** A calibrated stroke volume, occlusion factor 1. */
	public RollerPump(double calibratedStrokeMillilitresPerRev) {
		this(calibratedStrokeMillilitresPerRev, 1.0);
	}

	/** The volume delivered per revolution, mL. */
	public double effectiveMillilitresPerRev() {
		return strokeMillilitresPerRev * occlusionFactor;
	}

	/** The flow at {@code rpm}, L/min. */
	public double flowLitresPerMin(double rpm) {
		return RPM.check(rpm) * effectiveMillilitresPerRev() / 1000.0;
	}

	/** The speed that delivers {@code flowLitresPerMin}, rpm. */
	public double rpmFor(double flowLitresPerMin) {
		return OxygenDelivery.FLOW_L_MIN.check(flowLitresPerMin) * 1000.0 / effectiveMillilitresPerRev();
	}
}
