package org.eccworkbench.console;

import java.util.Locale;

/**
 * The mode a console reports. ECC Workbench sends a command only to a console in
 * {@link #SIMULATION} or {@link #TRAINING} mode; a console in {@link #CLINICAL} mode (or one
 * whose mode is not known) is only listened to.
 */
public enum ConsoleMode {
	/** Connected to a patient, or possibly so: never commanded. */
	CLINICAL,
	/** A simulated console, such as the virtual heart-lung machine. */
	SIMULATION,
	/** A real console in its training mode, not connected to a patient. */
	TRAINING;

	/** Whether a command may be sent to a console in this mode. */
	public boolean acceptsCommands() {
		return this != CLINICAL;
	}

	/** The protocol name: {@code clinical}, {@code simulation}, {@code training}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The mode named {@code id}; an unknown name is {@link #CLINICAL}, the safe reading. */
	public static ConsoleMode fromId(String id) {
		for (ConsoleMode mode : values()) {
			if (mode.id().equals(id)) {
				return mode;
			}
		}
		return CLINICAL;
	}
}
