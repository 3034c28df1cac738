package org.eccworkbench.console;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A time during which values are missing: the link was lost ({@code from} to {@code to}), or the
 * console's sequence skipped frames. An open gap ({@code to} null) had not closed when reported.
 */
public record Gap(Instant from, Instant to, String reason) {

	public Gap {
		Objects.requireNonNull(from);
		Objects.requireNonNull(reason);
	}

	/** The length of a closed gap, or zero. */
	public Duration length() {
		return to == null ? Duration.ZERO : Duration.between(from, to);
	}
}
