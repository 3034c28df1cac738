package org.eccworkbench.console;

import java.util.Locale;
import java.util.Optional;

/** The kinds of console module the driver layer knows (domain reference, section 5). */
public enum ModuleType {
	ROLLER_PUMP, CENTRIFUGAL_DRIVE, PRESSURE, TEMPERATURE, FLOW, LEVEL, BUBBLE, BLOOD_GAS, GAS_BLENDER,
	HEATER_COOLER, TIMER;

	/** The protocol and file name, for example {@code roller-pump}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** Whether the module drives blood: a roller pump head or a centrifugal drive. */
	public boolean isPump() {
		return this == ROLLER_PUMP || this == CENTRIFUGAL_DRIVE;
	}

	/** The type named {@code id}, if there is one. */
	public static Optional<ModuleType> fromId(String id) {
		for (ModuleType type : values()) {
			if (type.id().equals(id)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}
}
