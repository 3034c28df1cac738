package org.eccworkbench.kit.plan;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.eccworkbench.catalog.Category;

/** What an item of the kit is, for spares, packing and the lists. */
public enum KitCategory {
	OXYGENATOR, RESERVOIR, ARTERIAL_FILTER, CANNULA, TUBING, PUMP_HEAD, CARDIOPLEGIA_SET, HEMOCONCENTRATOR,
	CONSUMABLE, FLUID, DRUG, BLOOD, EQUIPMENT;

	/** The spelling in data files and spare policies, for example {@code arterial-filter}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<KitCategory> of(String id) {
		return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst();
	}

	/** The kit category of a catalog product. */
	public static KitCategory of(Category category) {
		return switch (category) {
		case OXYGENATOR -> OXYGENATOR;
		case RESERVOIR -> RESERVOIR;
		case ARTERIAL_FILTER -> ARTERIAL_FILTER;
		case ARTERIAL_CANNULA, VENOUS_CANNULA -> CANNULA;
		case CENTRIFUGAL_PUMP_HEAD -> PUMP_HEAD;
		case ROLLER_PUMP -> EQUIPMENT;
		case ROLLER_PUMP_BOOT -> CONSUMABLE;
		case TUBING -> TUBING;
		case HEMOCONCENTRATOR -> HEMOCONCENTRATOR;
		case CARDIOPLEGIA_SET -> CARDIOPLEGIA_SET;
		};
	}
}
