package org.eccworkbench.console;

import java.time.Instant;
import java.util.Objects;

/**
 * An alarm condition the console raised ({@code active}) or cleared. {@code code} is the
 * console's identifier (for example {@code LEVEL_LOW}), {@code module} the module it concerns or
 * an empty string, {@code text} the console's own message.
 */
public record Alarm(Instant time, String code, AlarmPriority priority, boolean active, String module, String text) {

	public Alarm {
		Objects.requireNonNull(time);
		Objects.requireNonNull(code);
		Objects.requireNonNull(priority);
		Objects.requireNonNull(module);
		Objects.requireNonNull(text);
	}
}
