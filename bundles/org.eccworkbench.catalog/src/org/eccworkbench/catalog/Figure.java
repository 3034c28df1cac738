package org.eccworkbench.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One figure a source states for a product: a value in the unit of its key, how the source
 * qualifies it, the conditions it holds under, and the source itself. A figure is {@code weak}
 * when its source is weak or the catalog flags this figure as weak.
 */
public record Figure(FigureKey key, double value, Qualifier qualifier, List<Condition> conditions,
		Optional<String> note, Source source, boolean weak) {

	public Figure {
		Objects.requireNonNull(key);
		Objects.requireNonNull(qualifier);
		Objects.requireNonNull(note);
		Objects.requireNonNull(source);
		conditions = List.copyOf(conditions);
		weak = weak || source.weak();
	}

	public Unit unit() {
		return key.unit();
	}

	/** Whether the figure holds only under stated conditions. */
	public boolean conditional() {
		return !conditions.isEmpty();
	}

	/** The value without trailing zeros, for example {@code 5} or {@code 0.46}. */
	public String formattedValue() {
		return format(value);
	}

	/** {@code value} without trailing zeros or an exponent. */
	public static String format(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}
}
