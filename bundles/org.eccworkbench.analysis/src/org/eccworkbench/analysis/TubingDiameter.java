package org.eccworkbench.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eccworkbench.analysis.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The internal diameter (ID) of perfusion tubing, in inches as the tubing is sold (1 inch =
 * 25.4 mm). Standard sizes run from 1/8" (neonatal lines) to 1/2" (adult venous lines); see
 * docs/clinical-formulas.md; ISO 15676:2016 covers tubing packs.
 *
 * @param inches the internal diameter in inches, within {@link #INCHES}
 */
public record TubingDiameter(double inches) {

	/** From 1/16" to 1": wider than any perfusion line, narrower than nothing that carries blood. */
	public static final Limit INCHES = new Limit("idInch", 0.0625, 1.0, "in");

	private static final double MILLIMETRES_PER_INCH = 25.4;
	private static final Pattern FRACTION = Pattern.compile("(\\d{1,3})\\s*/\\s*(\\d{1,3})");
	private static final Pattern DECIMAL = Pattern.compile("\\d*\\.?\\d+");

	public TubingDiameter {
		INCHES.check(inches);
	}

	/**
	 * Reads an inch fraction ({@code 3/8}, {@code 1/2}, {@code 3/16}) or a decimal
	 * ({@code 0.375}), optionally followed by {@code "} or {@code in}.
	 *
	 * @throws IllegalArgumentException when the text is neither, or the size is outside
	 *                                  {@link #INCHES}
	 */
	public static TubingDiameter parse(String text) {
		return parse(text, INCHES.field());
	}

	/** Like {@link #parse(String)}, naming the input {@code field} in the messages. */
	public static TubingDiameter parse(String text, String field) {
		String trimmed = text == null ? "" : text.strip();
		if (trimmed.endsWith("\"")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
		} else if (trimmed.endsWith("in")) {
			trimmed = trimmed.substring(0, trimmed.length() - 2).strip();
		}
		Matcher fraction = FRACTION.matcher(trimmed);
		if (fraction.matches()) {
			int numerator = Integer.parseInt(fraction.group(1));
			int denominator = Integer.parseInt(fraction.group(2));
			if (denominator != 0) {
				return new TubingDiameter(INCHES.named(field).check((double) numerator / denominator));
			}
		} else if (DECIMAL.matcher(trimmed).matches()) {
			return new TubingDiameter(INCHES.named(field).check(Double.parseDouble(trimmed)));
		}
		throw new IllegalArgumentException(NLS.bind(Messages.Diameter_unreadable, field, text));
	}

	/** The internal diameter in millimetres. */
	public double millimetres() {
		return inches * MILLIMETRES_PER_INCH;
	}
}
