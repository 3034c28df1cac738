package org.eccworkbench.model.internal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers in messages: plain decimals, and tube sizes as the inch fractions perfusionists say. */
final class Format {

	private Format() {
	}

	/** {@code value} with at most two decimals and no trailing zeros. */
	static String plain(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	/** 0.375 as {@code 3/8 in}, 0.5 as {@code 1/2 in}; other sizes as decimals. */
	static String inches(double inches) {
		double sixteenths = inches * 16;
		long whole = Math.round(sixteenths);
		if (whole > 0 && Math.abs(sixteenths - whole) < 1e-6) {
			long numerator = whole;
			long denominator = 16;
			while (numerator % 2 == 0 && denominator > 1) {
				numerator /= 2;
				denominator /= 2;
			}
			return denominator == 1 ? numerator + " in" : numerator + "/" + denominator + " in"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return plain(inches) + " in"; //$NON-NLS-1$
	}
}
