package org.eccworkbench.sim;

import org.eccworkbench.analysis.BloodVolumeBand;
import org.eccworkbench.analysis.BloodVolumeEstimate;
import org.eccworkbench.analysis.BodySize;
import org.eccworkbench.analysis.BsaFormula;

/**
 * The patient of a run.
 *
 * @param heightCm     height, cm
 * @param weightKg     weight, kg
 * @param hctPercent   haematocrit before bypass, %
 * @param bloodVolumeMl estimated blood volume, mL
 * @param ebvSource    how the blood volume was obtained (shown in the run's notes)
 */
public record PatientSpec(double heightCm, double weightKg, double hctPercent, double bloodVolumeMl, String ebvSource) {

	public PatientSpec {
		BodySize.HEIGHT_CM.check(heightCm);
		BodySize.WEIGHT_KG.check(weightKg);
		if (!(hctPercent >= 5 && hctPercent <= 70)) {
			throw new IllegalArgumentException("hctPercent must be 5-70 %, got " + hctPercent); //$NON-NLS-1$
		}
		if (!(bloodVolumeMl > 0)) {
			throw new IllegalArgumentException("bloodVolumeMl must be positive, got " + bloodVolumeMl); //$NON-NLS-1$
		}
	}

	/** With the blood volume from the band of {@code ageYears} (adult when unknown). */
	public static PatientSpec of(double heightCm, double weightKg, double hctPercent, Double ageYears) {
		BloodVolumeBand band = band(ageYears);
		double ebv = BloodVolumeEstimate.of(band, weightKg).ebvMillilitres();
		String source = band.id() + " " + band.lowMlPerKg() + "-" + band.highMlPerKg() + " mL/kg (" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ band.source().title() + ")"; //$NON-NLS-1$
		return new PatientSpec(heightCm, weightKg, hctPercent, ebv, source);
	}

	private static BloodVolumeBand band(Double ageYears) {
		if (ageYears == null || ageYears >= 18) {
			return BloodVolumeBand.ADULT;
		}
		if (ageYears < 1.0 / 12) {
			return BloodVolumeBand.TERM_NEONATE;
		}
		return ageYears < 1 ? BloodVolumeBand.INFANT : BloodVolumeBand.CHILD;
	}

	/** Body surface area, m² (Mosteller, the analysis bundle's default). */
	public double bsaSquareMetres() {
		return BsaFormula.DEFAULT.bsaSquareMetres(new BodySize(heightCm, weightKg));
	}
}
