package org.eccworkbench.kit.plan;

import java.util.Objects;

/**
 * An item the kit can hold, with what packing needs to know about one unit of it.
 *
 * @param id           a catalog product id or a kit item id from {@code data/items.csv}
 * @param name         what people read
 * @param category     the kit category
 * @param packing      the pieces it may travel in
 * @param unit         {@code each}, {@code m} (tubing) or {@code mL} (blood requested on site)
 * @param unitWeightKg the weight of one unit, kg
 * @param unitVolumeL  the volume of one unit, litres
 * @param content      what one unit holds (heparin units, protamine mg, solution mL), or 0
 * @param weightSource where the weight comes from: {@code catalog} or {@code planning default}
 */
public record KitItem(String id, String name, KitCategory category, PackingClass packing, String unit,
		double unitWeightKg, double unitVolumeL, double content, String weightSource) {

	public static final String CATALOG = "catalog";
	public static final String PLANNING_DEFAULT = "planning default";

	public KitItem {
		Objects.requireNonNull(id);
		Objects.requireNonNull(name);
		Objects.requireNonNull(category);
		Objects.requireNonNull(packing);
	}
}
