package org.eccworkbench.catalog;

/**
 * The unit of a {@link FigureKey}. {@link #symbol()} is what a catalog file writes in its
 * {@code unit} attribute (ASCII); {@link #display()} is what a person reads.
 */
public enum Unit {
	LITRES_PER_MINUTE("L/min", "L/min"),
	MILLILITRES("mL", "mL"),
	MILLILITRES_PER_METRE("mL/m", "mL/m"),
	MILLILITRES_PER_REVOLUTION("mL/rev", "mL/rev"),
	MILLILITRES_PER_MINUTE("mL/min", "mL/min"),
	MILLILITRES_PER_MINUTE_PER_SQUARE_METRE("mL/min/m2", "mL/min/m\u00b2"),
	MILLIMETRES_OF_MERCURY("mmHg", "mmHg"),
	MMHG_PER_LITRE_PER_MINUTE("mmHg/(L/min)", "mmHg/(L/min)"),
	SQUARE_METRES("m2", "m\u00b2"),
	MICROMETRES("um", "\u00b5m"),
	FRENCH("Fr", "Fr"),
	INCHES("in", "in"),
	MILLIMETRES("mm", "mm"),
	REVOLUTIONS_PER_MINUTE("rpm", "rpm"),
	HOURS("h", "h"),
	MONTHS("months", "months"),
	GRAMS("g", "g"),
	DEGREES_CELSIUS("C", "\u00b0C"),
	PERCENT("%", "%"),
	/** A ratio without dimension; its key has no unit suffix. */
	NONE("1", "");

	private final String symbol;
	private final String display;

	Unit(String symbol, String display) {
		this.symbol = symbol;
		this.display = display;
	}

	/** The spelling in a catalog file, for example {@code m2} or {@code um}. */
	public String symbol() {
		return symbol;
	}

	/** The spelling for people, for example {@code m²} or {@code µm}; empty for {@link #NONE}. */
	public String display() {
		return display;
	}
}
