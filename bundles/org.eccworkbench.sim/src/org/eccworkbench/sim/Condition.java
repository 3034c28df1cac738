package org.eccworkbench.sim;

/**
 * The condition of a conditional event: {@code signal} strictly below or above {@code threshold}.
 */
public record Condition(Signal signal, boolean below, double threshold) {

	public boolean holds(double value) {
		return below ? value < threshold : value > threshold;
	}
}
