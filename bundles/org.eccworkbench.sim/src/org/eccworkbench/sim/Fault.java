package org.eccworkbench.sim;

import java.util.Arrays;
import java.util.Optional;

/** The faults a scenario can inject; docs/scenarios.md gives their parameters and effects. */
public enum Fault {
	/** Air entrained at the venous cannula: {@code ml_min} of air; drainage falls as the line air-locks. */
	VENOUS_AIR("venous_air"),
	/** Kinked venous line: its resistance times {@code factor}. */
	VENOUS_KINK("venous_kink"),
	/** Arterial line occlusion: the downstream resistance times {@code factor}. */
	ARTERIAL_OCCLUSION("arterial_occlusion"),
	/** Oxygenator failure: transfer falls to {@code residual} over {@code ramp_s}, resistance rises. */
	OXYGENATOR_FAILURE("oxygenator_failure"),
	/** The arterial pump drive stops. */
	PUMP_FAILURE("pump_failure"),
	/** Mains power lost: pumps and heater-cooler stop; a roller pump can be hand-cranked. */
	POWER_FAILURE("power_failure"),
	/** The heater-cooler stops circulating water. */
	HEATER_COOLER_FAILURE("heater_cooler_failure"),
	/** A cannula comes out: {@code cannula} arterial (pump flow to the field) or venous (no drainage). */
	CANNULA_DISLODGEMENT("cannula_dislodgement");

	private final String id;

	Fault(String id) {
		this.id = id;
	}

	public String id() {
		return id;
	}

	public static Optional<Fault> of(String id) {
		return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
	}

	static String[] ids() {
		return Arrays.stream(values()).map(Fault::id).toArray(String[]::new);
	}
}
