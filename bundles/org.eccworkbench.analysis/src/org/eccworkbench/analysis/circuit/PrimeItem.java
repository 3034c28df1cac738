package org.eccworkbench.analysis.circuit;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The priming volume of one part or tube segment: {@code volumeMl} in mL, empty when no source
 * gives it; {@code basis} says where the figure comes from (the product, the part's own
 * {@code primeMl}, the tube geometry, the reservoir's minimum operating level) or why it is unknown.
 */
public record PrimeItem(String elementId, String label, OptionalDouble volumeMl, String basis) {

	public PrimeItem {
		Objects.requireNonNull(elementId);
		Objects.requireNonNull(label);
		Objects.requireNonNull(volumeMl);
		Objects.requireNonNull(basis);
	}

	public boolean known() {
		return volumeMl.isPresent();
	}
}
