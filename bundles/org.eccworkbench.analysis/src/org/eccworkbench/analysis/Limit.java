package org.eccworkbench.analysis;

import org.eccworkbench.analysis.internal.Messages;
import org.eccworkbench.analysis.internal.Numbers;
import org.eclipse.osgi.util.NLS;

/**
 * The closed range of values one input of a calculation may take, with the input's name and
 * unit. The ranges reject what is impossible or implausible as a typing error (a height of 0, a
 * haematocrit above 100 %); they are <em>not</em> clinical targets or alarm limits.
 *
 * @param field the name of the input, for example {@code weightKg}
 * @param min   the smallest value allowed
 * @param max   the largest value allowed
 * @param unit  the unit, for example {@code kg}
 */
public record Limit(String field, double min, double max, String unit) {

	public Limit {
		if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
			throw new IllegalArgumentException(
					NLS.bind(Messages.Limit_invalidBounds, new Object[] { field, Numbers.plain(min), Numbers.plain(max) }));
		}
	}

	/** The same range under another name, for example the command-line option {@code --weight-kg}. */
	public Limit named(String otherField) {
		return new Limit(otherField, min, max, unit);
	}

	/** Whether {@code value} is finite and within {@code [min, max]}. */
	public boolean contains(double value) {
		return Double.isFinite(value) && value >= min && value <= max;
	}

	/**
	 * Returns {@code value} when {@link #contains contained}.
	 *
	 * @throws IllegalArgumentException naming the field and the allowed range, otherwise
	 */
	public double check(double value) {
		if (!contains(value)) {
			throw new IllegalArgumentException(NLS.bind(Messages.Limit_outOfRange,
					new Object[] { field, Numbers.plain(min), Numbers.plain(max), unit, Numbers.plain(value) }));
		}
		return value;
	}
}
