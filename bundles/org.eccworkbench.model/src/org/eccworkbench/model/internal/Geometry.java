package org.eccworkbench.model.internal;

/**
 * Geometry of tube segments. Prime volume is the volume of a cylinder, V = pi (ID/2)^2 L
 * (see docs/clinical-formulas.md; 1 in = 25.4 mm exactly).
 */
public final class Geometry {

	/** Millimetres per inch, exact by definition. */
	public static final double MM_PER_INCH = 25.4;

	private Geometry() {
	}

	/**
	 * Priming volume in mL of a tube of internal diameter {@code internalDiameterInch} (inches)
	 * and length {@code lengthM} (metres); 0 for a non-positive diameter or length.
	 */
	public static double tubePrimeMl(double internalDiameterInch, double lengthM) {
		if (!(internalDiameterInch > 0) || !(lengthM > 0)) {
			return 0;
		}
		double radiusCm = internalDiameterInch * MM_PER_INCH / 20.0;
		return Math.PI * radiusCm * radiusCm * lengthM * 100.0;
	}
}
