package org.eccworkbench.sim.internal;

import static org.eccworkbench.sim.internal.Constants.VISCOSITY_LOG10_INTERCEPT;
import static org.eccworkbench.sim.internal.Constants.VISCOSITY_LOG10_SLOPE_PER_PERCENT;
import static org.eccworkbench.sim.internal.Constants.VISCOSITY_PER_DEGREE_BELOW_37;

/** Blood viscosity and the flow resistance of tubes and cannulae. */
public final class Rheology {

	private static final double LN10 = Math.log(10);

	private Rheology() {
	}

	/** Viscosity, Pa·s, at {@code hctPercent} and {@code temperatureC}. */
	public static double viscosityPaS(double hctPercent, double temperatureC) {
		double ln = LN10 * (VISCOSITY_LOG10_SLOPE_PER_PERCENT * hctPercent + VISCOSITY_LOG10_INTERCEPT)
				+ VISCOSITY_PER_DEGREE_BELOW_37 * (37 - Math.min(37, temperatureC));
		return Math.exp(ln) * 1e-3;
	}

	/** Hagen-Poiseuille geometry term Σ L/D⁴ of a tube, 1/m³. */
	public static double poiseuilleGeometry(double lengthM, double diameterM) {
		if (lengthM <= 0 || diameterM <= 0) {
			return 0;
		}
		double d2 = diameterM * diameterM;
		return lengthM / (d2 * d2);
	}

	/**
	 * Linear resistance of tubes with geometry {@code sumLOverD4}: R = 128 µ Σ(L/D⁴) / π, in
	 * mmHg per mL/s.
	 */
	public static double poiseuilleMmHgSPerMl(double viscosityPaS, double sumLOverD4) {
		double pascalSecondsPerCubicMetre = 128 * viscosityPaS * sumLOverD4 / Math.PI;
		return pascalSecondsPerCubicMetre * 1e-6 / Constants.PA_PER_MMHG;
	}

	/**
	 * Kinetic loss coefficient of an orifice of {@code diameterM}: ΔP = b·Q², b = K·ρ / (2A²), in
	 * mmHg per (mL/s)².
	 */
	public static double kineticMmHgPerMlS2(double diameterM) {
		double area = Math.PI * diameterM * diameterM / 4;
		double pascalPerCubicMetrePerSecondSquared = Constants.CANNULA_LOSS_COEFFICIENT * Constants.BLOOD_DENSITY_KG_M3
				/ (2 * area * area);
		return pascalPerCubicMetrePerSecondSquared * 1e-12 / Constants.PA_PER_MMHG;
	}

	/** The flow (mL/s) through a loss a·Q + b·Q² = {@code dp}; zero when {@code dp} ≤ 0. */
	public static double flowFor(double dp, double a, double b) {
		if (dp <= 0) {
			return 0;
		}
		if (b <= 0) {
			return a <= 0 ? Double.POSITIVE_INFINITY : dp / a;
		}
		return 2 * dp / (a + Math.sqrt(a * a + 4 * b * dp));
	}
}
