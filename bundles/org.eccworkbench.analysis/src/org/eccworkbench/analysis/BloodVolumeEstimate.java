package org.eccworkbench.analysis;

/**
 * An estimated blood volume (EBV): weight × a range of mL/kg, from a {@link BloodVolumeBand} or
 * given explicitly (a single figure, low = high). The point estimate is the middle of the range.
 *
 * @param weightKg    body weight, within {@link BodySize#WEIGHT_KG}
 * @param lowMlPerKg  low end of the mL/kg range, within {@link #ML_PER_KG}
 * @param highMlPerKg high end of the mL/kg range, within {@code [lowMlPerKg, ML_PER_KG.max]}
 */
public record BloodVolumeEstimate(double weightKg, double lowMlPerKg, double highMlPerKg) {

	/** Blood volumes measured in adults span 35-129 mL/kg (PMC4680658); neonates reach 100. */
	public static final Limit ML_PER_KG = new Limit("mlPerKg", 30, 150, "mL/kg");

	public BloodVolumeEstimate {
		BodySize.WEIGHT_KG.check(weightKg);
		ML_PER_KG.check(lowMlPerKg);
		new Limit("highMlPerKg", lowMlPerKg, ML_PER_KG.max(), "mL/kg").check(highMlPerKg);
	}

	/** The estimate for {@code weightKg} from the published range of {@code band}. */
	public static BloodVolumeEstimate of(BloodVolumeBand band, double weightKg) {
		return new BloodVolumeEstimate(weightKg, band.lowMlPerKg(), band.highMlPerKg());
	}

	/** The estimate for {@code weightKg} from one figure of mL/kg the user chose. */
	public static BloodVolumeEstimate explicit(double mlPerKg, double weightKg) {
		return new BloodVolumeEstimate(weightKg, mlPerKg, mlPerKg);
	}

	/** The middle of the range, mL. */
	public double ebvMillilitres() {
		return weightKg * (lowMlPerKg + highMlPerKg) / 2.0;
	}

	/** The low end of the range, mL. */
	public double lowMillilitres() {
		return weightKg * lowMlPerKg;
	}

	/** The high end of the range, mL. */
	public double highMillilitres() {
		return weightKg * highMlPerKg;
	}
}
