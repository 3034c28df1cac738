package org.eccworkbench.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One flat JSON object, written in the order its members are put, for the {@code --json} output
 * of subcommands. Numbers are written with up to {@value #SIGNIFICANT_DIGITS} significant digits,
 * without exponent and always with {@code .} as decimal separator, whatever the locale; strings
 * are escaped as RFC 8259 requires.
 */
public final class JsonObject {

	/** Enough for any measured or computed clinical quantity; hides binary rounding noise. */
	public static final int SIGNIFICANT_DIGITS = 12;

	private final StringBuilder members = new StringBuilder();
	private final Set<String> keys = new LinkedHashSet<>();

	/** Puts a number; {@code NaN} and infinities have no JSON form and are refused. */
	public JsonObject put(String key, double value) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException(key + ": " + value + " has no JSON form");
		}
		return member(key, number(value));
	}

	/** Puts an integer. */
	public JsonObject put(String key, long value) {
		return member(key, Long.toString(value));
	}

	/** Puts {@code true} or {@code false}. */
	public JsonObject put(String key, boolean value) {
		return member(key, Boolean.toString(value));
	}

	/** Puts a string, or {@code null} when {@code value} is null. */
	public JsonObject put(String key, String value) {
		return member(key, value == null ? "null" : quote(value));
	}

	/** The object on one line, for example {@code {"bsa_m2": 2, "formula": "mosteller"}}. */
	@Override
	public String toString() {
		return "{" + members + "}";
	}

	private JsonObject member(String key, String json) {
		if (!keys.add(key)) {
			throw new IllegalArgumentException(key + " is put twice");
		}
		if (members.length() > 0) {
			members.append(", ");
		}
		members.append(quote(key)).append(": ").append(json);
		return this;
	}

	/** {@code value} as a JSON number: {@code 2}, {@code 1.996421022275}, {@code 0.0001}. */
	static String number(double value) {
		if (value == 0) {
			return "0"; // also -0.0
		}
		BigDecimal rounded = new BigDecimal(value).round(new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN));
		return rounded.stripTrailingZeros().toPlainString();
	}

	/** {@code text} as a JSON string, with its quotes. */
	static String quote(String text) {
		StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"' -> quoted.append("\\\"");
			case '\\' -> quoted.append("\\\\");
			case '\n' -> quoted.append("\\n");
			case '\r' -> quoted.append("\\r");
			case '\t' -> quoted.append("\\t");
			case '\b' -> quoted.append("\\b");
			case '\f' -> quoted.append("\\f");
			default -> {
				if (c < 0x20 || c == '\u2028' || c == '\u2029') {
					String hex = Integer.toHexString(c);
					quoted.append("\\u").append("0".repeat(4 - hex.length())).append(hex);
				} else {
					quoted.append(c);
				}
			}
			}
		}
		return quoted.append('"').toString();
	}
}
