package org.eccworkbench.model.validation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * The clinical rules the circuit model checks. Each rule is an invariant of a model class (an
 * EOperation of {@code circuit.ecore}), so the generated {@code CircuitValidator} runs it and
 * {@code Diagnostician} reports it; docs/model.md describes every rule and its source.
 * <p>
 * A diagnostic of a rule has {@link #SOURCE} as its source, {@link #code()} as its code, the
 * offending element as its first data object and the rule as its last.
 */
public enum CircuitRule {
	CLOSED_BLOOD_LOOP(Diagnostic.ERROR),
	OXYGENATOR_ON_ARTERIAL_PATH(Diagnostic.ERROR),
	ARTERIAL_PRESSURE_MONITORED(Diagnostic.WARNING),
	ARTERIAL_FILTER(Diagnostic.WARNING),
	ARTERIAL_TEMPERATURE_PROBE(Diagnostic.WARNING),
	PATIENT_DATA(Diagnostic.WARNING),
	PUMP_DIRECTION(Diagnostic.ERROR),
	ARTERIAL_BUBBLE_DETECTOR(Diagnostic.ERROR),
	RESERVOIR_LEVEL_DETECTOR(Diagnostic.ERROR),
	OCCLUSION_RANGE(Diagnostic.ERROR),
	CENTRIFUGAL_FLOW_PROBE(Diagnostic.ERROR),
	CENTRIFUGAL_BACKFLOW(Diagnostic.WARNING),
	OXYGENATOR_GAS_SUPPLY(Diagnostic.ERROR),
	OXYGENATOR_WATER(Diagnostic.WARNING),
	OXYGENATOR_RATED_FLOW(Diagnostic.ERROR),
	CANNULA_FLOW(Diagnostic.WARNING),
	RESERVOIR_MINIMUM_LEVEL(Diagnostic.WARNING),
	PORT_DIRECTION(Diagnostic.ERROR),
	PORT_KINDS(Diagnostic.ERROR),
	DIAMETER_CHANGE(Diagnostic.ERROR),
	RECIRCULATION_LINE_SIZE(Diagnostic.ERROR),
	TUBE_FLOW(Diagnostic.WARNING),
	PORT_CONNECTED(Diagnostic.WARNING),
	PORT_CONNECTED_ONCE(Diagnostic.ERROR),
	CLAMP_ON_MAIN_PATH(Diagnostic.WARNING),
	SENSOR_ATTACHED(Diagnostic.WARNING),
	VENT_ONE_WAY_VALVE(Diagnostic.ERROR),
	SUCTION_RETURN(Diagnostic.WARNING),
	MINIMUM_SWEEP(Diagnostic.WARNING),
	WATER_TEMPERATURE(Diagnostic.ERROR),
	CARDIOPLEGIA_DELIVERY(Diagnostic.WARNING);

	/** The source of every diagnostic of these rules. */
	public static final String SOURCE = "org.eccworkbench.model"; //$NON-NLS-1$

	private final int severity;

	CircuitRule(int severity) {
		this.severity = severity;
	}

	/** The severity of a breach: {@link Diagnostic#ERROR} or {@link Diagnostic#WARNING}. */
	public int severity() {
		return severity;
	}

	/** The diagnostic code, unique among the rules (from 1). */
	public int code() {
		return ordinal() + 1;
	}

	/** The id in docs and output, for example {@code closed-blood-loop}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<CircuitRule> of(String id) {
		return Arrays.stream(values()).filter(r -> r.id().equals(id)).findFirst();
	}

	/** The rule of a diagnostic, when one of these rules made it. */
	public static Optional<CircuitRule> of(Diagnostic diagnostic) {
		if (!SOURCE.equals(diagnostic.getSource()) || diagnostic.getData().isEmpty()) {
			return Optional.empty();
		}
		Object last = diagnostic.getData().get(diagnostic.getData().size() - 1);
		return last instanceof CircuitRule rule ? Optional.of(rule) : Optional.empty();
	}
}
