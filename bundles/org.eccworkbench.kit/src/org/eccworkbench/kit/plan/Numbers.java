package org.eccworkbench.kit.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers for people: fixed decimals with a dot, whatever the locale; quantities without trailing zeros. */
public final class Numbers {

	private Numbers() {
	}

	public static String fixed(double value, int decimals) {
		return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
	}

	public static String quantity(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}
}
