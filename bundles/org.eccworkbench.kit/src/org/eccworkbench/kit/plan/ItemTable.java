package org.eccworkbench.kit.plan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.catalog.FigureKey;
import org.eccworkbench.catalog.Product;

/**
 * Every item the planner can put in a kit: the kit items of {@code data/items.csv} (fluids, drugs,
 * generic devices, equipment) and the catalog's products. A unit's weight and volume come from the
 * catalog where it states them ({@code weight_g}); otherwise from {@code data/category-defaults.csv}
 * or the item's own line: planning defaults, not measured weights.
 */
public final class ItemTable {

	private final Map<String, KitItem> items;
	private final Map<KitCategory, KitItem> defaults;
	private final CatalogRegistry catalog;
	private final Map<String, Optional<KitItem>> resolved = new HashMap<>();

	ItemTable(Map<String, KitItem> items, Map<KitCategory, KitItem> defaults, CatalogRegistry catalog) {
		this.items = items;
		this.defaults = defaults;
		this.catalog = catalog;
	}

	/** The shipped item data with {@code catalog}'s products. */
	public static ItemTable shipped(CatalogRegistry catalog) {
		return of(resource("/data/items.csv"), resource("/data/category-defaults.csv"), catalog);
	}

	/** Item data read from two CSV texts (same columns as the shipped files) with {@code catalog}. */
	public static ItemTable of(String itemsCsv, String defaultsCsv, CatalogRegistry catalog) {
		Map<KitCategory, KitItem> defaults = new EnumMap<>(KitCategory.class);
		for (String[] row : rows(defaultsCsv)) {
			KitCategory category = KitCategory.of(row[0]).orElseThrow(() -> new IllegalArgumentException(row[0]));
			defaults.put(category, new KitItem(row[0], row[0], category, PackingClass.of(row[1]).orElseThrow(),
					row[2], Double.parseDouble(row[3]), Double.parseDouble(row[4]), 0, KitItem.PLANNING_DEFAULT));
		}
		Map<String, KitItem> items = new HashMap<>();
		for (String[] row : rows(itemsCsv)) {
			KitCategory category = KitCategory.of(row[2]).orElseThrow(() -> new IllegalArgumentException(row[2]));
			items.put(row[0], new KitItem(row[0], row[1], category, PackingClass.of(row[3]).orElseThrow(), row[4],
					Double.parseDouble(row[5]), Double.parseDouble(row[6]), Double.parseDouble(row[7]),
					KitItem.PLANNING_DEFAULT));
		}
		return new ItemTable(items, defaults, catalog);
	}

	/** The item {@code id}, or empty when neither the item data nor the catalog knows it. */
	public synchronized Optional<KitItem> item(String id) {
		return resolved.computeIfAbsent(id, this::resolve);
	}

	public CatalogRegistry catalog() {
		return catalog;
	}

	private Optional<KitItem> resolve(String id) {
		KitItem own = items.get(id);
		if (own != null) {
			return Optional.of(own);
		}
		Optional<Product> product = catalog.product(id);
		if (product.isEmpty()) {
			return Optional.empty();
		}
		KitCategory category = KitCategory.of(product.get().category());
		KitItem fallback = defaults.get(category);
		Optional<Double> grams = product.get().figure(FigureKey.WEIGHT_G).map(f -> f.value());
		return Optional.of(new KitItem(id, product.get().displayName(), category, fallback.packing(), fallback.unit(),
				grams.map(g -> g / 1000.0).orElse(fallback.unitWeightKg()), fallback.unitVolumeL(), 0,
				grams.isPresent() ? KitItem.CATALOG : KitItem.PLANNING_DEFAULT));
	}

	private static String resource(String path) {
		try (InputStream in = ItemTable.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException(path + " is missing from org.eccworkbench.kit");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Data rows: no header, no comments (#), fields separated by commas, none quoted. */
	private static Iterable<String[]> rows(String csv) {
		java.util.List<String[]> rows = new java.util.ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new java.io.StringReader(csv))) {
			String line;
			boolean header = true;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				if (header) {
					header = false;
					continue;
				}
				rows.add(line.split(",", -1));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return rows;
	}

}
