package org.eccworkbench.console;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a module accepts: the highest speed of a pump, the boot (raceway tubing) sizes of a roller
 * pump head as internal diameters in inches, and the range of a measuring module.
 */
public record ModuleLimits(OptionalDouble maxRpm, List<Double> acceptedBootsInch, OptionalDouble minValue,
		OptionalDouble maxValue) {

	/** A module without limits. */
	public static final ModuleLimits NONE = new ModuleLimits(OptionalDouble.empty(), List.of(), OptionalDouble.empty(),
			OptionalDouble.empty());

	public ModuleLimits {
		acceptedBootsInch = List.copyOf(acceptedBootsInch);
	}

	/** Whether a boot of internal diameter {@code inch} fits (to a thousandth of an inch). */
	public boolean acceptsBoot(double inch) {
		return acceptedBootsInch.stream().anyMatch(b -> Math.abs(b - inch) < 0.001);
	}

	/** The limits with {@code maxRpm}. */
	public ModuleLimits withMaxRpm(double rpm) {
		return new ModuleLimits(OptionalDouble.of(rpm), acceptedBootsInch, minValue, maxValue);
	}

	/** The limits with these accepted boots. */
	public ModuleLimits withBoots(List<Double> inches) {
		return new ModuleLimits(maxRpm, inches, minValue, maxValue);
	}

	/** The limits with a measuring range. */
	public ModuleLimits withRange(double min, double max) {
		return new ModuleLimits(maxRpm, acceptedBootsInch, OptionalDouble.of(min), OptionalDouble.of(max));
	}

	/** A boot size such as {@code 3/8} or {@code 0.375} as inches, if it is one. */
	public static Optional<Double> parseInch(String text) {
		try {
			String[] parts = text.strip().split("/");
			if (parts.length == 2) {
				return Optional.of(Double.parseDouble(parts[0]) / Double.parseDouble(parts[1]));
			}
			return parts.length == 1 ? Optional.of(Double.parseDouble(parts[0])) : Optional.empty();
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
	}
}
