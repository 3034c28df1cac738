package org.eccworkbench.kit.plan;

import java.util.Optional;

import org.eccworkbench.analysis.CardioplegiaProtocol;
import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.catalog.Category;
import org.eccworkbench.catalog.FigureKey;
import org.eccworkbench.catalog.Product;
import org.eccworkbench.model.circuit.ArterialFilter;
import org.eccworkbench.model.circuit.Cannula;
import org.eccworkbench.model.circuit.CannulaKind;
import org.eccworkbench.model.circuit.CardioplegiaSet;
import org.eccworkbench.model.circuit.CentrifugalPump;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Connector;
import org.eccworkbench.model.circuit.Hemoconcentrator;
import org.eccworkbench.model.circuit.OneWayValve;
import org.eccworkbench.model.circuit.Oxygenator;
import org.eccworkbench.model.circuit.Reservoir;
import org.eccworkbench.model.circuit.SuctionVent;
import org.eccworkbench.model.circuit.SuctionVentKind;

/**
 * Which kit item a circuit part is. Single-use parts (oxygenator, reservoir, filter, pump head,
 * cardioplegia set, haemoconcentrator, suckers, vents, valves, connectors) are items; consoles,
 * roller pumps, sensors, blenders, heater-coolers and clamps are equipment on site; cannulas are
 * chosen by flow ({@link CannulaChooser}).
 */
final class CircuitParts {

	private CircuitParts() {
	}

	static Optional<String> item(Component component) {
		String product = component.getProductId() == null || component.getProductId().isBlank() ? null
				: component.getProductId();
		String generic;
		if (component instanceof Oxygenator) {
			generic = "generic.oxygenator";
		} else if (component instanceof Reservoir) {
			generic = "generic.reservoir";
		} else if (component instanceof ArterialFilter) {
			generic = "generic.arterial-filter";
		} else if (component instanceof CentrifugalPump) {
			generic = "generic.pump-head";
		} else if (component instanceof CardioplegiaSet) {
			generic = "generic.cardioplegia-set";
		} else if (component instanceof Hemoconcentrator) {
			generic = "generic.hemoconcentrator";
		} else if (component instanceof SuctionVent s) {
			generic = s.getSuctionVentKind() == SuctionVentKind.VENT ? "generic.vent" : "generic.suction";
		} else if (component instanceof OneWayValve) {
			generic = "generic.one-way-valve";
		} else if (component instanceof Connector) {
			generic = "generic.connector";
		} else {
			return Optional.empty();
		}
		return Optional.of(product != null ? product : generic);
	}

	static boolean hasPrime(Component component) {
		return !(component instanceof Cannula) && !(component instanceof SuctionVent);
	}

	static boolean isVenous(CannulaKind kind) {
		return kind != CannulaKind.AORTIC && kind != CannulaKind.FEMORAL_ARTERIAL;
	}

	/** The oxygenator's stated maximum flow, L/min, if the catalog gives it (or the part itself). */
	static Optional<Double> maxFlow(Oxygenator oxygenator, CatalogRegistry catalog) {
		if (oxygenator.getRatedFlowLMin() != null) {
			return Optional.of(oxygenator.getRatedFlowLMin());
		}
		return Optional.ofNullable(oxygenator.getProductId()).flatMap(catalog::product)
				.flatMap(p -> p.figure(FigureKey.MAX_FLOW_L_MIN)).map(f -> f.value());
	}

	/** The catalog tubing of this internal diameter, else a generic tubing item named by its size. */
	static String tubingItem(CatalogRegistry catalog, double inches) {
		for (Product product : catalog.products(Category.TUBING)) {
			Optional<Double> id = product.figure(FigureKey.INTERNAL_DIAMETER_IN).map(f -> f.value());
			if (id.isPresent() && Math.abs(id.get() - inches) < 1e-4) {
				return product.id();
			}
		}
		return "tubing." + Numbers.quantity(inches) + "in";
	}

	static Optional<CardioplegiaProtocol> protocol(org.eccworkbench.model.circuit.CardioplegiaProtocol protocol) {
		if (protocol == null) {
			return Optional.empty();
		}
		return switch (protocol) {
		case DEL_NIDO -> Optional.of(CardioplegiaProtocol.DEL_NIDO);
		case BLOOD_4TO_1 -> Optional.of(CardioplegiaProtocol.BLOOD_4_1);
		case CUSTODIOL_HTK -> Optional.of(CardioplegiaProtocol.CUSTODIOL_HTK);
		case ST_THOMAS -> Optional.of(CardioplegiaProtocol.ST_THOMAS);
		case OTHER -> Optional.empty();
		};
	}
}
