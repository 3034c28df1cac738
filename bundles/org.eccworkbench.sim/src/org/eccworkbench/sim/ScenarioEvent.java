package org.eccworkbench.sim;

import java.util.Map;
import java.util.Optional;

/**
 * One scenario event: at a time ({@code atS}), or when a condition holds (not before
 * {@code afterS}; again {@code repeatAfterS} after it fired, or only once when that is NaN).
 *
 * @param atS          the time, s, or NaN for a conditional event
 * @param when         the condition, or null for a timed event
 * @param afterS       earliest time of a conditional event, s
 * @param repeatAfterS re-arm delay of a conditional event, s, or NaN
 * @param action       what the event does
 * @param numbers      its number parameters
 * @param words        its word parameters
 */
public record ScenarioEvent(double atS, Condition when, double afterS, double repeatAfterS, Action action,
		Map<String, Double> numbers, Map<String, String> words) {

	public ScenarioEvent {
		numbers = Map.copyOf(numbers);
		words = Map.copyOf(words);
	}

	/** A timed event. */
	public static ScenarioEvent at(double atS, Action action, Map<String, Double> numbers, Map<String, String> words) {
		return new ScenarioEvent(atS, null, 0, Double.NaN, action, numbers, words);
	}

	public boolean timed() {
		return when == null;
	}

	public double number(String name, double otherwise) {
		Double value = numbers.get(name);
		return value == null ? otherwise : value;
	}

	public Optional<String> word(String name) {
		return Optional.ofNullable(words.get(name));
	}
}
