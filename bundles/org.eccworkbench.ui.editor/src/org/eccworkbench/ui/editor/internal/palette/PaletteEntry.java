package org.eccworkbench.ui.editor.internal.palette;

import java.util.Locale;
import java.util.Optional;

import org.eccworkbench.catalog.Product;
import org.eccworkbench.ui.editor.internal.commands.PartKind;

/**
 * One thing the palette offers: a catalog product, or a generic part described by its own
 * attributes. {@link #id()} is what a drag carries.
 */
public record PaletteEntry(String id, String label, String group, PartKind kind, Optional<Product> product) {

	static final String GENERIC = "generic:"; //$NON-NLS-1$
	static final String PRODUCT = "product:"; //$NON-NLS-1$

	public static PaletteEntry generic(PartKind kind, String group) {
		return new PaletteEntry(GENERIC + kind.id(), kind.label(), group, kind, Optional.empty());
	}

	public static PaletteEntry of(Product product, PartKind kind) {
		return new PaletteEntry(PRODUCT + product.id(), product.displayName(), product.category().label(), kind,
				Optional.of(product));
	}

	/** Whether the entry matches a search text: its name, group, product id or models. */
	public boolean matches(String search) {
		if (search == null || search.isBlank()) {
			return true;
		}
		String needle = search.trim().toLowerCase(Locale.ROOT);
		StringBuilder hay = new StringBuilder(label).append(' ').append(group).append(' ').append(kind.id());
		product.ifPresent(p -> {
			hay.append(' ').append(p.id());
			p.models().forEach(m -> hay.append(' ').append(m));
		});
		return hay.toString().toLowerCase(Locale.ROOT).contains(needle);
	}
}
