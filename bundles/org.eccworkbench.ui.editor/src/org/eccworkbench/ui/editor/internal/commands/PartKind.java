package org.eccworkbench.ui.editor.internal.commands;

import java.util.Locale;

import org.eccworkbench.ui.editor.internal.Messages;

/** The generic parts the palette offers, each with the ports a new one of it gets. */
public enum PartKind {
	PATIENT, VENOUS_CANNULA, ARTERIAL_CANNULA, RESERVOIR, ROLLER_PUMP, CENTRIFUGAL_PUMP, OXYGENATOR,
	ARTERIAL_FILTER, CARDIOPLEGIA_SET, SUCTION, VENT, HEMOCONCENTRATOR, ONE_WAY_VALVE, CLAMP, CONNECTOR,
	PRESSURE_SENSOR, TEMPERATURE_SENSOR, FLOW_SENSOR, BUBBLE_SENSOR, GAS_BLENDER, HEATER_COOLER;

	/** The spelling in ids and drag data, for example {@code roller-pump}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public String label() {
		return Messages.partLabel(this);
	}

	public static PartKind ofId(String id) {
		for (PartKind kind : values()) {
			if (kind.id().equals(id)) {
				return kind;
			}
		}
		return null;
	}
}
