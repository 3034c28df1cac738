package org.eccworkbench.analysis.circuit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eccworkbench.model.validation.FlowCapacity;

/**
 * The most blood flow the assembly carries for certain not to exceed a part's figure: the
 * smallest upper bound among the parts on the arterial and venous path ({@code limitingPart},
 * with its capacity), and the parts whose figures give no upper bound ({@code unboundedParts}):
 * they may limit the flow further.
 */
public record FlowLimit(Optional<Part> limitingPart, List<Part> unboundedParts) {

	/** A part and what is known of its capacity (empty when nothing is). */
	public record Part(String elementId, String label, Optional<FlowCapacity> capacity) {

		public Part {
			Objects.requireNonNull(elementId);
			Objects.requireNonNull(label);
			Objects.requireNonNull(capacity);
		}
	}

	public FlowLimit {
		Objects.requireNonNull(limitingPart);
		unboundedParts = List.copyOf(unboundedParts);
	}

	/** The limit in L/min, when a part's figure bounds the flow. */
	public Optional<Double> litresPerMin() {
		return limitingPart.flatMap(p -> p.capacity()).map(c -> c.atMostLMin().getAsDouble());
	}
}
