package org.eccworkbench.cli.internal.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eccworkbench.cli.JsonObject;

/**
 * The results of one calculation: a JSON object for {@code --json} and the human-readable lines
 * otherwise. Numbers in the lines have a fixed number of decimals and {@code .} as separator, so
 * that the output does not depend on the locale.
 */
final class CalcOutput {

	private final JsonObject json = new JsonObject();
	private final List<String> lines = new ArrayList<>();

	JsonObject json() {
		return json;
	}

	List<String> lines() {
		return List.copyOf(lines);
	}

	void line(String text) {
		lines.add(text);
	}

	/** {@code value} with {@code decimals} decimals, for example {@code 2.00}. */
	static String fixed(double value, int decimals) {
		return String.format(Locale.ROOT, "%." + decimals + "f", value);
	}

	/** {@code value} as written by the user, without a trailing {@code .0}: {@code 2.4}, {@code 80}. */
	static String plain(double value) {
		return value == 0 ? "0" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}
}
