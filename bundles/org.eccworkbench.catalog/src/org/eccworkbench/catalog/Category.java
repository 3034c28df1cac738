package org.eccworkbench.catalog;

import static org.eccworkbench.catalog.FigureKey.CAPACITY_ML;
import static org.eccworkbench.catalog.FigureKey.FLOW_AT_DP_L_MIN;
import static org.eccworkbench.catalog.FigureKey.INTERNAL_DIAMETER_IN;
import static org.eccworkbench.catalog.FigureKey.MAX_FLOW_L_MIN;
import static org.eccworkbench.catalog.FigureKey.MEMBRANE_AREA_M2;
import static org.eccworkbench.catalog.FigureKey.MIN_OPERATING_LEVEL_ML;
import static org.eccworkbench.catalog.FigureKey.PORE_SIZE_UM;
import static org.eccworkbench.catalog.FigureKey.PRIME_ML;
import static org.eccworkbench.catalog.FigureKey.PRIME_ML_PER_M;
import static org.eccworkbench.catalog.FigureKey.RACEWAY_IN;
import static org.eccworkbench.catalog.FigureKey.SIZE_FR;
import static org.eccworkbench.catalog.FigureKey.STROKE_ML_PER_REV;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eccworkbench.catalog.internal.Messages;

/**
 * What kind of component a product is. Each category names the figures a circuit needs from its
 * products ({@link #keyFigures()}): a product that has no figure for one of them lists it among
 * its {@link Product#unknownFigures() unknown figures}. Some categories have types, for example
 * the designs of a venous cannula.
 */
public enum Category {
	OXYGENATOR(List.of(MAX_FLOW_L_MIN, PRIME_ML, MEMBRANE_AREA_M2), List.of()),
	RESERVOIR(List.of(CAPACITY_ML, MIN_OPERATING_LEVEL_ML), List.of("hardshell", "soft-bag")),
	ARTERIAL_FILTER(List.of(PORE_SIZE_UM, PRIME_ML), List.of()),
	ARTERIAL_CANNULA(List.of(SIZE_FR, FLOW_AT_DP_L_MIN), List.of("aortic", "femoral", "axillary")),
	VENOUS_CANNULA(List.of(SIZE_FR),
			List.of("single-stage", "two-stage", "bicaval", "femoral", "ecmo-dual-lumen")),
	CENTRIFUGAL_PUMP_HEAD(List.of(PRIME_ML, MAX_FLOW_L_MIN), List.of()),
	ROLLER_PUMP(List.of(RACEWAY_IN, MAX_FLOW_L_MIN), List.of()),
	ROLLER_PUMP_BOOT(List.of(INTERNAL_DIAMETER_IN, STROKE_ML_PER_REV), List.of()),
	TUBING(List.of(INTERNAL_DIAMETER_IN, PRIME_ML_PER_M), List.of()),
	HEMOCONCENTRATOR(List.of(MEMBRANE_AREA_M2, PRIME_ML), List.of()),
	CARDIOPLEGIA_SET(List.of(PRIME_ML), List.of());

	private final List<FigureKey> keyFigures;
	private final List<String> types;

	Category(List<FigureKey> keyFigures, List<String> types) {
		this.keyFigures = keyFigures;
		this.types = types;
	}

	/** The spelling in catalog files and on the command line, for example {@code arterial-filter}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The figures every product of this category should state; missing ones are unknown. */
	public List<FigureKey> keyFigures() {
		return keyFigures;
	}

	/** The types a product of this category may declare, for example {@code two-stage}. */
	public List<String> types() {
		return types;
	}

	/** The category's name in the user's language. */
	public String label() {
		String label = Messages.label("Category_" + name()); //$NON-NLS-1$
		return label == null ? id() : label;
	}

	/** The category spelled {@code id}, if there is one. */
	public static Optional<Category> of(String id) {
		return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst();
	}

	/** Every id, comma-separated, for messages that name the allowed values. */
	public static String allIds() {
		return String.join(", ", Arrays.stream(values()).map(Category::id).toList()); //$NON-NLS-1$
	}
}
