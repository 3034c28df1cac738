package org.eccworkbench.sim;

import java.util.Arrays;
import java.util.Optional;

/** What a safety detector does to the arterial pump when it trips (the alarm sounds in every mode). */
public enum ServoMode {
	/** Stop the pump until the cause has cleared and the operator restarts it. */
	STOP("stop"),
	/** Slow the pump: to the venous return (level) or to the pressure limit (pressure). */
	SLOW("slow"),
	/** Alarm only. */
	OFF("off");

	private final String id;

	ServoMode(String id) {
		this.id = id;
	}

	public String id() {
		return id;
	}

	public static Optional<ServoMode> of(String id) {
		return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
	}
}
