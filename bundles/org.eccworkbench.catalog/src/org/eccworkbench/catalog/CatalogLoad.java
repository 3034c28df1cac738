package org.eccworkbench.catalog;

import java.util.List;
import java.util.Objects;

/**
 * What reading one catalog file gave: its products, or, when the file has any problem, no
 * products at all and the diagnostics. A file is never loaded in part.
 */
public record CatalogLoad(String file, List<Product> products, List<Diagnostic> diagnostics) {

	public CatalogLoad {
		Objects.requireNonNull(file);
		products = List.copyOf(products);
		diagnostics = List.copyOf(diagnostics);
		if (!diagnostics.isEmpty() && !products.isEmpty()) {
			throw new IllegalArgumentException("a catalog with problems loads no product: " + file); //$NON-NLS-1$
		}
	}

	/** Whether the file loaded without problems. */
	public boolean ok() {
		return diagnostics.isEmpty();
	}
}
