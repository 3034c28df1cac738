package org.eccworkbench.analysis.internal;

/** How numbers appear in the messages of input checks: integers without a decimal point. */
public final class Numbers {

	private Numbers() {
	}

	/** {@code 400.0} as {@code 400}, {@code 0.3} as {@code 0.3}, whatever the default locale. */
	public static String plain(double value) {
		if (Double.isFinite(value) && value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return Double.toString(value);
	}
}
