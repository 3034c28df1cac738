package org.eccworkbench.console.transport;

import java.util.Locale;
import java.util.Optional;

/** How a console is reached. */
public enum TransportKind {
	/** A TCP connection (host and port). */
	TCP,
	/** An RS-232 serial line or a pseudo-terminal (device path and baud rate). */
	SERIAL;

	/** The name in driver declarations: {@code tcp}, {@code serial}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The kind named {@code id}, if there is one. */
	public static Optional<TransportKind> fromId(String id) {
		for (TransportKind kind : values()) {
			if (kind.id().equals(id)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}
}
