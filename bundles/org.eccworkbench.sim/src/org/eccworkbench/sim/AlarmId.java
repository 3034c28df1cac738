package org.eccworkbench.sim;

/**
 * The alarms of the simulated console and of the clinical rules the run is scored against.
 * Console alarms (level, bubble, line pressure, flow, power, heater-cooler) need the sensor or
 * module in the circuit; clinical-rule alarms are always evaluated. docs/simulation.md gives the
 * rule and source of each.
 */
public enum AlarmId {
	/** Reservoir below its minimum operating level (level sensor on the reservoir). */
	LOW_LEVEL("low_level", Priority.HIGH),
	/** Air at the arterial bubble detector. */
	BUBBLE("bubble", Priority.HIGH),
	/** A pressure sensor on the arterial side above the high-pressure limit. */
	HIGH_LINE_PRESSURE("high_line_pressure", Priority.HIGH),
	/** Centrifugal pump flow reversed. */
	BACKFLOW("backflow", Priority.HIGH),
	/** The arterial pump drive failed. */
	PUMP_FAILURE("pump_failure", Priority.HIGH),
	/** Mains power lost; pumps stop unless hand-cranked. */
	POWER_FAILURE("power_failure", Priority.HIGH),
	/** The heater-cooler stopped circulating water. */
	HEATER_COOLER_FAILURE("heater_cooler_failure", Priority.MEDIUM),
	/** Arterial outlet at or above 37 °C (STS/SCA/AmSECT 2015, Class I). */
	ARTERIAL_OUTLET_37("arterial_outlet_37c", Priority.HIGH),
	/** Arterial outlet to venous inflow gradient above 10 °C (Class I). */
	GRADIENT_10("temperature_gradient_10c", Priority.MEDIUM),
	/** Rewarming gradient above 4 °C with the arterial outlet at or above 30 °C (Class IIa). */
	GRADIENT_4("temperature_gradient_4c", Priority.MEDIUM),
	/** Rewarming faster than 0.5 °C/min with the arterial outlet at or above 30 °C (Class IIa). */
	REWARMING_RATE("rewarming_rate", Priority.MEDIUM),
	/** DO2i below 272 mL/min/m². */
	DO2I_272("do2i_below_272", Priority.MEDIUM),
	/** DO2i below 280 mL/min/m² (goal-directed perfusion target). */
	DO2I_280("do2i_below_280", Priority.LOW),
	/** Mixed venous saturation below 75 %. */
	LOW_SVO2("low_svo2", Priority.MEDIUM),
	/** Mean arterial pressure below 50 mmHg. */
	LOW_MAP("low_map", Priority.MEDIUM),
	/** Mean arterial pressure above 80 mmHg. */
	HIGH_MAP("high_map", Priority.LOW),
	/** ACT below its target. */
	LOW_ACT("low_act", Priority.MEDIUM),
	/** Cardioplegia re-dose due and not given. */
	CARDIOPLEGIA_OVERDUE("cardioplegia_overdue", Priority.MEDIUM),
	/** Blood flowing with a sweep below 0.5 L/min. */
	LOW_SWEEP("low_sweep", Priority.MEDIUM);

	private final String id;
	private final Priority priority;

	AlarmId(String id, Priority priority) {
		this.id = id;
		this.priority = priority;
	}

	/** The spelling in JSON and CSV, for example {@code low_level}. */
	public String id() {
		return id;
	}

	public Priority priority() {
		return priority;
	}
}
