package org.eccworkbench.catalog;

import java.util.Objects;

/**
 * A circumstance a figure holds under, stated with the same keys as figures: an oxygenator's
 * {@code max_flow_l_min} of 4 holds with {@code reservoir_capacity_ml = 3000}; a cannula's
 * {@code flow_at_dp_l_min} holds at {@code dp_mmhg = 100}.
 */
public record Condition(FigureKey key, double value) {

	public Condition {
		Objects.requireNonNull(key);
	}
}
