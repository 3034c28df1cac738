package org.eccworkbench.catalog;

import java.util.Arrays;
import java.util.Optional;

import org.eccworkbench.catalog.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The figures a catalog can state. Each key names its unit ({@code prime_ml} is in mL,
 * {@code flow_at_dp_l_min} in L/min); a key without a unit suffix is a ratio. The same keys
 * describe the conditions a figure was measured under, for example a cannula's
 * {@code flow_at_dp_l_min} at {@code dp_mmhg = 100}, or an oxygenator's {@code max_flow_l_min}
 * with {@code reservoir_capacity_ml = 3000}. docs/catalog.md documents every key.
 */
public enum FigureKey {
	RATED_FLOW_L_MIN(Unit.LITRES_PER_MINUTE, false),
	MAX_FLOW_L_MIN(Unit.LITRES_PER_MINUTE, false),
	MIN_FLOW_L_MIN(Unit.LITRES_PER_MINUTE, false),
	FLOW_L_MIN(Unit.LITRES_PER_MINUTE, false),
	FLOW_AT_DP_L_MIN(Unit.LITRES_PER_MINUTE, false),
	FLOW_AT_INLET_PRESSURE_L_MIN(Unit.LITRES_PER_MINUTE, false),
	DP_MMHG(Unit.MILLIMETRES_OF_MERCURY, false),
	INLET_PRESSURE_MMHG(Unit.MILLIMETRES_OF_MERCURY, true),
	RESISTANCE_MMHG_PER_L_MIN(Unit.MMHG_PER_LITRE_PER_MINUTE, false),
	PRIME_ML(Unit.MILLILITRES, false),
	PRIME_ML_PER_M(Unit.MILLILITRES_PER_METRE, false),
	CAPACITY_ML(Unit.MILLILITRES, false),
	MIN_OPERATING_LEVEL_ML(Unit.MILLILITRES, false),
	RESERVOIR_CAPACITY_ML(Unit.MILLILITRES, false),
	STROKE_ML_PER_REV(Unit.MILLILITRES_PER_REVOLUTION, false),
	MEMBRANE_AREA_M2(Unit.SQUARE_METRES, false),
	PORE_SIZE_UM(Unit.MICROMETRES, false),
	SIZE_FR(Unit.FRENCH, false),
	INTERNAL_DIAMETER_IN(Unit.INCHES, false),
	INTERNAL_DIAMETER_MM(Unit.MILLIMETRES, false),
	RACEWAY_IN(Unit.INCHES, false),
	MAX_SPEED_RPM(Unit.REVOLUTIONS_PER_MINUTE, false),
	OPERATING_SPEED_RPM(Unit.REVOLUTIONS_PER_MINUTE, false),
	MIN_OPERATING_SPEED_RPM(Unit.REVOLUTIONS_PER_MINUTE, false),
	MAX_OPERATING_SPEED_RPM(Unit.REVOLUTIONS_PER_MINUTE, false),
	MAX_O2_TRANSFER_ML_MIN(Unit.MILLILITRES_PER_MINUTE, false),
	O2_TRANSFER_ML_MIN_M2(Unit.MILLILITRES_PER_MINUTE_PER_SQUARE_METRE, false),
	SHUNT_FLOW_ML_MIN(Unit.MILLILITRES_PER_MINUTE, false),
	HEAT_EXCHANGER_PERFORMANCE_FACTOR(Unit.NONE, false),
	TEMPERATURE_C(Unit.DEGREES_CELSIUS, true),
	HCT_PERCENT(Unit.PERCENT, false),
	MAX_USE_H(Unit.HOURS, false),
	SHELF_LIFE_MONTHS(Unit.MONTHS, false),
	WEIGHT_G(Unit.GRAMS, false);

	private final Unit unit;
	private final boolean signed;

	FigureKey(Unit unit, boolean signed) {
		this.unit = unit;
		this.signed = signed;
	}

	/** The spelling in catalog files and on the command line, for example {@code prime_ml}. */
	public String id() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public Unit unit() {
		return unit;
	}

	/** Whether a value may be negative (a pump-inlet pressure, a temperature). */
	public boolean signed() {
		return signed;
	}

	/** What the figure is, in the user's language, for example "Priming volume". */
	public String label() {
		String label = Messages.label("FigureKey_" + id()); //$NON-NLS-1$
		return label == null ? id() : label;
	}

	/** The key spelled {@code id}, if there is one. */
	public static Optional<FigureKey> of(String id) {
		return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst();
	}

	@Override
	public String toString() {
		return NLS.bind("{0} [{1}]", id(), unit.symbol()); //$NON-NLS-1$
	}
}
