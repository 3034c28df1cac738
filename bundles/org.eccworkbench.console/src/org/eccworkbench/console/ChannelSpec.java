package org.eccworkbench.console;

import java.util.Objects;

/**
 * A channel a module reports, such as {@code art.pressure} in {@code mmHg}. Identifiers are
 * unique within a console; the unit is the one every sample of the channel carries.
 */
public record ChannelSpec(String id, String unit) {

	public ChannelSpec {
		Objects.requireNonNull(id);
		Objects.requireNonNull(unit);
	}
}
