package org.eccworkbench.analysis;

import java.util.Objects;

/**
 * The priming volume of a length of tubing, pure geometry: V = π × (ID / 2)² × L. With ID and L
 * in centimetres, V is in cm³ = mL. For example 3/8" (9.525 mm) holds 71.3 mL per metre and 1/2"
 * (12.7 mm) 126.7 mL per metre (computed values, docs/clinical-formulas.md). The volume is that of
 * the lumen only: connectors, the pump boot and kinks are not included.
 *
 * @param diameter    the internal diameter
 * @param lengthMetres the length, within {@link #LENGTH_M}
 */
public record TubingPrime(TubingDiameter diameter, double lengthMetres) {

	/** Up to 100 m of one size, far more than a circuit holds. */
	public static final Limit LENGTH_M = new Limit("lengthM", 0, 100, "m");

	public TubingPrime {
		Objects.requireNonNull(diameter, "diameter");
		LENGTH_M.check(lengthMetres);
	}

	/** The volume of one metre of this tubing, mL. */
	public double millilitresPerMetre() {
		double radiusCm = diameter.millimetres() / 10.0 / 2.0;
		return Math.PI * radiusCm * radiusCm * 100.0;
	}

	/** The priming volume of the whole length, mL. */
	public double primeMillilitres() {
		return millilitresPerMetre() * lengthMetres;
	}
}
