package org.eccworkbench.sim.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.catalog.Condition;
import org.eccworkbench.catalog.Figure;
import org.eccworkbench.catalog.FigureKey;
import org.eccworkbench.catalog.Product;
import org.eccworkbench.model.circuit.Component;
import org.eclipse.osgi.util.NLS;

/**
 * Catalog figures of a component's product. A figure the catalog does not have is replaced by a
 * named generic default, and the replacement is written to the run's notes: never silently.
 */
final class Figures {

	private final CatalogRegistry catalog;
	private final List<String> notes;

	Figures(CatalogRegistry catalog, List<String> notes) {
		this.catalog = catalog;
		this.notes = notes;
	}

	Optional<Product> product(Component component) {
		String id = component.getProductId();
		if (id == null || id.isBlank() || catalog == null) {
			return Optional.empty();
		}
		Optional<Product> product = catalog.product(id);
		if (product.isEmpty()) {
			notes.add(NLS.bind(Messages.Plant_unknownProduct, PlantBuilder.label(component), id));
		}
		return product;
	}

	Optional<Double> optional(Component component, FigureKey key) {
		return product(component).flatMap(p -> p.figure(key)).map(Figure::value);
	}

	/** The figure, else {@code generic} with a note naming it. */
	double number(Component component, FigureKey key, double generic, String what) {
		Optional<Double> value = optional(component, key);
		return value.isPresent() ? value.get() : generic(component, what, generic);
	}

	double generic(Component component, String what, double value) {
		notes.add(NLS.bind(Messages.Plant_generic, new Object[] { PlantBuilder.label(component), what, plain(value) }));
		return value;
	}

	/** The component's prime: the model's, the catalog's, else {@code generic} (noted). */
	double prime(Component component, double generic, String what) {
		if (component.getPrimeMl() != null) {
			return component.getPrimeMl();
		}
		return number(component, FigureKey.PRIME_ML, generic, what);
	}

	/**
	 * The catalog prime of a component without a generic default: zero when unknown, noted when
	 * {@code holdsBlood} (a device rather than a connector, clamp or sensor).
	 */
	double catalogPrime(Component component, boolean holdsBlood) {
		Optional<Double> value = optional(component, FigureKey.PRIME_ML);
		if (value.isPresent()) {
			return value.get();
		}
		if (holdsBlood) {
			notes.add(NLS.bind(Messages.Plant_primeUnknown, PlantBuilder.label(component)));
		}
		return 0;
	}

	/** The first figure of {@code key} measured under a {@code condition}: {value, condition value}. */
	Optional<double[]> conditional(Component component, FigureKey key, FigureKey condition) {
		Optional<Product> product = product(component);
		if (product.isEmpty()) {
			return Optional.empty();
		}
		for (Figure figure : product.get().figures(key)) {
			for (Condition c : figure.conditions()) {
				if (c.key() == condition && c.value() != 0) {
					return Optional.of(new double[] { figure.value(), c.value() });
				}
			}
		}
		return Optional.empty();
	}

	static String plain(double value) {
		return value == 0 ? "0" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString(); //$NON-NLS-1$
	}
}
