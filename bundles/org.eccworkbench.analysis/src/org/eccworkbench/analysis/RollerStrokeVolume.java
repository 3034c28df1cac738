package org.eccworkbench.analysis;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;

import org.eccworkbench.analysis.internal.Messages;
import org.eccworkbench.analysis.internal.Numbers;
import org.eclipse.osgi.util.NLS;

/**
 * Nominal stroke volumes per revolution of a roller pump with a 6-inch raceway, by boot tubing
 * internal diameter, where a source gives one; the others are unknown.
 * <p>
 * The only published figures found are <strong>weak</strong>: student flashcards
 * (https://api.brainscape.com/flashcards/test-1-part-2-5836905/packs/8893090) give 3/16" 7 mL,
 * 1/4" 13 mL, 3/8" 27 mL and 1/2" 45 mL per revolution. They are console-specific and no
 * substitute for calibrating the pump; no source gives 1/8" or 5/16", nor any size for a 4-inch
 * raceway.
 */
public enum RollerStrokeVolume {

	/** 1/8": unknown. */
	EIGHTH(0.125, Double.NaN),
	/** 3/16": 7 mL/rev (weak source). */
	THREE_SIXTEENTHS(0.1875, 7),
	/** 1/4": 13 mL/rev (weak source). */
	QUARTER(0.25, 13),
	/** 5/16": unknown. */
	FIVE_SIXTEENTHS(0.3125, Double.NaN),
	/** 3/8": 27 mL/rev (weak source). */
	THREE_EIGHTHS(0.375, 27),
	/** 1/2": 45 mL/rev (weak source). */
	HALF(0.5, 45);

	/** The length of raceway the figures are given for, inches. */
	public static final double RACEWAY_INCHES = 6;

	private final double bootInches;
	private final double millilitresPerRev;

	RollerStrokeVolume(double bootInches, double millilitresPerRev) {
		this.bootInches = bootInches;
		this.millilitresPerRev = millilitresPerRev;
	}

	/** The boot tubing's internal diameter, inches. */
	public double bootInches() {
		return bootInches;
	}

	/** The nominal stroke volume, mL/rev, or empty when no source gives it. */
	public OptionalDouble millilitresPerRev() {
		return Double.isNaN(millilitresPerRev) ? OptionalDouble.empty() : OptionalDouble.of(millilitresPerRev);
	}

	/** The row for a boot of {@code diameter}, if it is one of the standard sizes. */
	public static Optional<RollerStrokeVolume> forBoot(TubingDiameter diameter) {
		return Arrays.stream(values()).filter(row -> Math.abs(row.bootInches - diameter.inches()) < 1e-6).findFirst();
	}

	/**
	 * The nominal stroke volume of a boot of {@code diameter}, mL/rev.
	 *
	 * @throws IllegalArgumentException when no source gives one for that size
	 */
	public static double nominalMillilitresPerRev(TubingDiameter diameter) {
		return forBoot(diameter).flatMap(row -> {
			OptionalDouble value = row.millilitresPerRev();
			return value.isPresent() ? Optional.of(value.getAsDouble()) : Optional.empty();
		}).orElseThrow(() -> new IllegalArgumentException(
				NLS.bind(Messages.Roller_unknownStrokeVolume, Numbers.plain(diameter.inches()))));
	}
}
