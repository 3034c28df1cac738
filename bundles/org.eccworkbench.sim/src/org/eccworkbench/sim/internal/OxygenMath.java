package org.eccworkbench.sim.internal;

import static org.eccworkbench.sim.internal.Constants.DISSOLVED_O2_ML_DL_MMHG;
import static org.eccworkbench.sim.internal.Constants.HUFNER_ML_PER_G;
import static org.eccworkbench.sim.internal.Constants.SEVERINGHAUS_A;
import static org.eccworkbench.sim.internal.Constants.SEVERINGHAUS_B;
import static org.eccworkbench.sim.internal.Constants.SEVERINGHAUS_TEMPERATURE_LOG10_PER_C;

/**
 * Oxygen dissociation and content. Saturation from Severinghaus (1979), with his temperature
 * correction of the virtual PO2 (pH 7.40 and PCO2 40 assumed: no Bohr shift); content
 * CaO2 = k·Hb·S + 0.003·PO2 (mL/dL).
 */
public final class OxygenMath {

	private static final double LN10 = Math.log(10);

	private OxygenMath() {
	}

	/** The temperature factor of the virtual PO2: 10^(0.024·(37 − T)). */
	public static double temperatureFactor(double temperatureC) {
		return Math.exp(LN10 * SEVERINGHAUS_TEMPERATURE_LOG10_PER_C * (37 - temperatureC));
	}

	/** Saturation, fraction, at {@code po2} mmHg and the temperature factor {@code tf}. */
	public static double saturation(double po2, double tf) {
		if (po2 <= 0) {
			return 0;
		}
		double p = po2 * tf;
		double x = p * p * p + SEVERINGHAUS_B * p;
		return x / (SEVERINGHAUS_A + x);
	}

	/** Content, mL O2/dL. */
	public static double content(double po2, double hbGdl, double tf) {
		return HUFNER_ML_PER_G * hbGdl * saturation(po2, tf) + DISSOLVED_O2_ML_DL_MMHG * Math.max(0, po2);
	}

	/**
	 * The PO2 (mmHg) at which blood of {@code hbGdl} holds {@code contentMlDl}: safeguarded Newton
	 * iteration from {@code guess}, to 1e-10 mL/dL.
	 */
	public static double po2ForContent(double contentMlDl, double hbGdl, double tf, double guess) {
		if (contentMlDl <= 0) {
			return 0;
		}
		double lo = 0;
		double hi = Math.max(4000, contentMlDl / DISSOLVED_O2_ML_DL_MMHG);
		double p = guess > 0 && guess < hi ? guess : 40;
		for (int i = 0; i < 60; i++) {
			double px = p * tf;
			double x = px * px * px + SEVERINGHAUS_B * px;
			double denominator = SEVERINGHAUS_A + x;
			double f = HUFNER_ML_PER_G * hbGdl * x / denominator + DISSOLVED_O2_ML_DL_MMHG * p - contentMlDl;
			if (Math.abs(f) < 1e-10) {
				return p;
			}
			if (f > 0) {
				hi = p;
			} else {
				lo = p;
			}
			double slope = HUFNER_ML_PER_G * hbGdl * SEVERINGHAUS_A / (denominator * denominator)
					* (3 * px * px + SEVERINGHAUS_B) * tf + DISSOLVED_O2_ML_DL_MMHG;
			double next = p - f / slope;
			p = next > lo && next < hi ? next : 0.5 * (lo + hi);
		}
		return p;
	}

	/**
	 * {@link #po2ForContent} that keeps its last inputs and result: called again with the same
	 * inputs (a state that has not changed since the last step) it returns the same PO2 without
	 * iterating.
	 */
	static final class Inversion {
		private double content = Double.NaN;
		private double hb = Double.NaN;
		private double tf = Double.NaN;
		private double guess = Double.NaN;
		private double po2;

		double po2ForContent(double contentMlDl, double hbGdl, double tf, double guess) {
			if (contentMlDl != content || hbGdl != hb || tf != this.tf || guess != this.guess) {
				content = contentMlDl;
				hb = hbGdl;
				this.tf = tf;
				this.guess = guess;
				po2 = OxygenMath.po2ForContent(contentMlDl, hbGdl, tf, guess);
			}
			return po2;
		}
	}

	/** The PO2 (mmHg) at which the saturation is {@code saturation} (a fraction below 1), by bisection. */
	public static double po2ForSaturation(double saturation, double tf) {
		double lo = 0;
		double hi = 2000;
		for (int i = 0; i < 100; i++) {
			double mid = 0.5 * (lo + hi);
			if (saturation(mid, tf) < saturation) {
				lo = mid;
			} else {
				hi = mid;
			}
		}
		return 0.5 * (lo + hi);
	}
}
