package org.eccworkbench.sim.internal;

import static org.eccworkbench.sim.internal.Constants.HEPARIN_HALF_LIFE_MIN;

/**
 * Heparin elimination with a dose-dependent half-life (Hirsh et al., Chest 2001;119:64S: 30 min at
 * 25 U/kg, 60 at 100, 150 at 400), interpolated linearly in the units per kg present, held at the
 * end values outside that range; and the ACT from a linear dose-response.
 */
public final class HeparinKinetics {

	private static final double LN2 = Math.log(2);

	private HeparinKinetics() {
	}

	/** Half-life, s, with {@code unitsPerKg} in the body. */
	public static double halfLifeS(double unitsPerKg) {
		double[][] table = HEPARIN_HALF_LIFE_MIN;
		if (unitsPerKg <= table[0][0]) {
			return table[0][1] * 60;
		}
		for (int i = 1; i < table.length; i++) {
			if (unitsPerKg <= table[i][0]) {
				double f = (unitsPerKg - table[i - 1][0]) / (table[i][0] - table[i - 1][0]);
				return (table[i - 1][1] + f * (table[i][1] - table[i - 1][1])) * 60;
			}
		}
		return table[table.length - 1][1] * 60;
	}

	/** The units left after {@code dtS}: exact exponential decay over the step. */
	public static double decay(double units, double weightKg, double dtS) {
		if (units <= 0) {
			return 0;
		}
		return units * Math.exp(-LN2 * dtS / halfLifeS(units / weightKg));
	}

	/** ACT, s, at a concentration of {@code unitsPerMl} of blood. */
	public static double actS(double unitsPerMl) {
		return Constants.ACT_BASELINE_S + Constants.ACT_S_PER_U_ML * Math.max(0, unitsPerMl);
	}
}
