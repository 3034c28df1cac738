package org.eccworkbench.kit.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.catalog.Category;
import org.eccworkbench.catalog.Figure;
import org.eccworkbench.catalog.FigureKey;
import org.eccworkbench.catalog.Product;
import org.eccworkbench.model.circuit.CannulaKind;

/**
 * Cannula sizes from the flow a cannula must carry and the catalog's pressure-flow figures: the
 * smallest catalog cannula of the template's design whose stated flow reaches the demand, and the
 * next size up as the alternative the surgeon may ask for. Arterial cannulas are compared by
 * {@code flow_at_dp_l_min}, venous ones by {@code flow_at_inlet_pressure_l_min}. Where the catalog
 * has no cannula of that design with a flow figure (aortic, single-stage, two-stage and bicaval
 * cannulas are not in the reference catalog), the kit holds two of a generic item and the plan
 * says the size must come from the manufacturer's chart.
 */
public final class CannulaChooser {

	/** The chosen items: one or two, and whether they come from the catalog. */
	public record Choice(List<String> itemIds, boolean fromCatalog, Optional<String> note) {
	}

	private final CatalogRegistry catalog;

	public CannulaChooser(CatalogRegistry catalog) {
		this.catalog = catalog;
	}

	public Choice choose(CannulaKind kind, double flowLMin) {
		boolean arterial = kind == CannulaKind.AORTIC || kind == CannulaKind.FEMORAL_ARTERIAL;
		Category category = arterial ? Category.ARTERIAL_CANNULA : Category.VENOUS_CANNULA;
		FigureKey flowKey = arterial ? FigureKey.FLOW_AT_DP_L_MIN : FigureKey.FLOW_AT_INLET_PRESSURE_L_MIN;
		String type = type(kind);
		List<Product> candidates = new ArrayList<>();
		for (Product product : catalog.products(category)) {
			if (product.type().orElse("").equals(type) && product.figure(flowKey).isPresent()
					&& product.figure(FigureKey.SIZE_FR).isPresent()) {
				candidates.add(product);
			}
		}
		candidates.sort(Comparator.comparingDouble((Product p) -> size(p)).thenComparingDouble(p -> flow(p, flowKey))
				.thenComparing(Product::id));
		for (int i = 0; i < candidates.size(); i++) {
			if (flow(candidates.get(i), flowKey) >= flowLMin) {
				List<String> ids = new ArrayList<>();
				ids.add(candidates.get(i).id());
				double chosen = size(candidates.get(i));
				candidates.stream().skip(i + 1).filter(p -> size(p) > chosen).findFirst().ifPresent(p -> ids.add(p.id()));
				return new Choice(ids, true, Optional.empty());
			}
		}
		String generic = "generic.cannula." + kind.getLiteral();
		return new Choice(List.of(generic, generic), false, Optional.of(kind.getLiteral().toLowerCase(Locale.ROOT)));
	}

	private static double size(Product product) {
		return product.figure(FigureKey.SIZE_FR).map(Figure::value).orElse(Double.MAX_VALUE);
	}

	private static double flow(Product product, FigureKey key) {
		return product.figure(key).map(Figure::value).orElse(0.0);
	}

	static String type(CannulaKind kind) {
		return switch (kind) {
		case AORTIC -> "aortic";
		case FEMORAL_ARTERIAL, FEMORAL_VENOUS -> "femoral";
		case VENOUS_SINGLE_STAGE -> "single-stage";
		case VENOUS_TWO_STAGE -> "two-stage";
		case VENOUS_BICAVAL -> "bicaval";
		case DUAL_LUMEN -> "ecmo-dual-lumen";
		};
	}
}
