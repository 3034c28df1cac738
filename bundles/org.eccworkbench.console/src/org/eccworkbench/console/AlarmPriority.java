package org.eccworkbench.console;

import java.util.Locale;
import java.util.Optional;

/** Alarm priorities of IEC 60601-1-8: high needs an immediate response, low awareness. */
public enum AlarmPriority {
	HIGH, MEDIUM, LOW;

	/** The protocol name: {@code high}, {@code medium}, {@code low}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The priority named {@code id}, if there is one. */
	public static Optional<AlarmPriority> fromId(String id) {
		for (AlarmPriority priority : values()) {
			if (priority.id().equals(id)) {
				return Optional.of(priority);
			}
		}
		return Optional.empty();
	}
}
