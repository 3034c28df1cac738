package org.eccworkbench.ui.editor.internal.palette;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.catalog.Category;
import org.eccworkbench.catalog.Product;
import org.eccworkbench.ui.editor.internal.Messages;
import org.eccworkbench.ui.editor.internal.commands.ComponentFactory;
import org.eccworkbench.ui.editor.internal.commands.PartKind;

/** The palette's entries: generic parts first, then the catalog's products by category. */
public final class PaletteContents {

	private final Map<String, List<PaletteEntry>> groups = new LinkedHashMap<>();
	private final Map<String, PaletteEntry> byId = new LinkedHashMap<>();

	public PaletteContents(CatalogRegistry catalog) {
		for (PartKind kind : PartKind.values()) {
			add(PaletteEntry.generic(kind, Messages.Palette_genericParts));
		}
		for (Category category : Category.values()) {
			for (Product product : catalog.products(category)) {
				ComponentFactory.kindOf(product).ifPresent(kind -> add(PaletteEntry.of(product, kind)));
			}
		}
	}

	private void add(PaletteEntry entry) {
		groups.computeIfAbsent(entry.group(), g -> new ArrayList<>()).add(entry);
		byId.put(entry.id(), entry);
	}

	public List<String> groups() {
		return List.copyOf(groups.keySet());
	}

	public List<PaletteEntry> entries(String group) {
		return groups.getOrDefault(group, List.of());
	}

	public List<PaletteEntry> all() {
		return List.copyOf(byId.values());
	}

	public Optional<PaletteEntry> entry(String id) {
		return Optional.ofNullable(byId.get(id));
	}
}
