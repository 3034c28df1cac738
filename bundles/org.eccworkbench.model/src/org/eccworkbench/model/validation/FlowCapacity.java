package org.eccworkbench.model.validation;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What is known of the blood flow a part or a tube can carry: the flow is at least
 * {@code atLeastLMin} and at most {@code atMostLMin} (L/min), either bound absent when no source
 * gives it; both equal for a rated flow. {@code basis} says where the figure comes from, in the
 * user's language, for example "max_flow_l_min 5 L/min with a 4000 mL reservoir".
 */
public record FlowCapacity(OptionalDouble atLeastLMin, OptionalDouble atMostLMin, String basis) {

	public FlowCapacity {
		Objects.requireNonNull(atLeastLMin);
		Objects.requireNonNull(atMostLMin);
		Objects.requireNonNull(basis);
	}

	/** A rated flow: the part is made for exactly up to {@code litresPerMin}. */
	public static FlowCapacity rated(double litresPerMin, String basis) {
		return new FlowCapacity(OptionalDouble.of(litresPerMin), OptionalDouble.of(litresPerMin), basis);
	}

	/** Whether {@code flowLMin} is more than the part can carry for certain. */
	public boolean exceededBy(double flowLMin) {
		return atMostLMin.isPresent() && flowLMin > atMostLMin.getAsDouble() + 1e-9;
	}

	/** Whether the part carries {@code flowLMin} for certain. */
	public boolean carries(double flowLMin) {
		return atLeastLMin.isPresent() && flowLMin <= atLeastLMin.getAsDouble() + 1e-9;
	}
}
