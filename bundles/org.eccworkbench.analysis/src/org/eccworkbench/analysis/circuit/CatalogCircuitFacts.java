package org.eccworkbench.analysis.circuit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.eccworkbench.analysis.BodySize;
import org.eccworkbench.analysis.TargetFlow;
import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.catalog.Condition;
import org.eccworkbench.catalog.Figure;
import org.eccworkbench.catalog.FigureKey;
import org.eccworkbench.catalog.Product;
import org.eccworkbench.catalog.Qualifier;
import org.eccworkbench.model.circuit.Cannula;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.CircuitElement;
import org.eccworkbench.model.circuit.CircuitFactory;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.Oxygenator;
import org.eccworkbench.model.circuit.Patient;
import org.eccworkbench.model.circuit.Pump;
import org.eccworkbench.model.circuit.Reservoir;
import org.eccworkbench.model.validation.CircuitFacts;
import org.eccworkbench.model.validation.FlowCapacity;
import org.eclipse.osgi.util.NLS;

/**
 * The {@link CircuitFacts} of the catalog and the formulas: target flow = CI × BSA (adult standard CI 2.4
 * L/min/m², Perfusion 2011;26:45), oxygenator rated flow with the paired reservoir's capacity
 * (510(k) K130520; Capiox RX IFU), cannula flows at a pressure drop (Noe et al., JECT
 * 1989;21S:67) and tube flows at 100 mmHg (amsect.org forum thread 5738, a weak source) compared
 * with the accepted pressure drop, reservoir minimum levels (Capiox RX IFU).
 * <p>
 * A figure measured at a pressure other than the accepted one only bounds the flow: flow rises
 * with the pressure drop, so a flow measured at a larger drop is an upper bound at the accepted
 * drop, and one measured at a smaller drop a lower bound. Nothing is extrapolated.
 */
public final class CatalogCircuitFacts implements CircuitFacts {

	private static final double SAME = 1e-9;
	private final CatalogRegistry catalog;
	private final CircuitOptions options;

	public CatalogCircuitFacts(CatalogRegistry catalog, CircuitOptions options) {
		this.catalog = catalog;
		this.options = options;
	}

	public CatalogRegistry catalog() {
		return catalog;
	}

	public CircuitOptions options() {
		return options;
	}

	/** The product of {@code component}, when it names one the catalog has. */
	public Optional<Product> product(Component component) {
		String id = component.getProductId();
		return id == null || id.isBlank() ? Optional.empty() : catalog.product(id);
	}

	/** The body surface area of the circuit's patient in m², when height and weight are known. */
	public OptionalDouble bsaSquareMetres(Circuit circuit) {
		Patient patient = circuit.getPatient();
		if (patient == null || patient.getHeightCm() == null || patient.getWeightKg() == null) {
			return OptionalDouble.empty();
		}
		return OptionalDouble.of(options.bsaFormula().bsaSquareMetres(new BodySize(patient.getHeightCm(), patient.getWeightKg())));
	}

	/** The case's target cardiac index, or the model's default (the adult standard 2.4 L/min/m²). */
	public static double cardiacIndex(Circuit circuit) {
		return circuit.getClinicalCase() != null ? circuit.getClinicalCase().getTargetCardiacIndex()
				: CircuitFactory.eINSTANCE.createClinicalCase().getTargetCardiacIndex();
	}

	@Override
	public OptionalDouble targetFlowLMin(Circuit circuit) {
		OptionalDouble bsa = bsaSquareMetres(circuit);
		if (bsa.isEmpty()) {
			return bsa;
		}
		return OptionalDouble.of(new TargetFlow(bsa.getAsDouble(), cardiacIndex(circuit)).flowLitresPerMin());
	}

	@Override
	public Optional<FlowCapacity> flowCapacity(CircuitElement element) {
		if (element instanceof Oxygenator oxygenator) {
			return oxygenator(oxygenator);
		}
		if (element instanceof Cannula cannula) {
			return product(cannula).flatMap(this::cannula);
		}
		if (element instanceof Connection connection) {
			return tube(connection);
		}
		if (element instanceof Pump pump) {
			return product(pump).flatMap(p -> p.figure(FigureKey.MAX_FLOW_L_MIN)).map(f -> bounds(f, basis(f)));
		}
		return Optional.empty();
	}

	@Override
	public OptionalDouble productMinimumLevelMl(Reservoir reservoir) {
		return product(reservoir).flatMap(p -> p.figure(FigureKey.MIN_OPERATING_LEVEL_ML))
				.map(f -> OptionalDouble.of(f.value())).orElse(OptionalDouble.empty());
	}

	/** The capacity in mL of the reservoir paired with the oxygenator (the circuit's first reservoir). */
	OptionalDouble pairedReservoirCapacityMl(Circuit circuit) {
		for (Component component : circuit.getComponents()) {
			if (component instanceof Reservoir reservoir) {
				Optional<Figure> capacity = product(reservoir).flatMap(p -> p.figure(FigureKey.CAPACITY_ML));
				if (capacity.isPresent()) {
					return OptionalDouble.of(capacity.get().value());
				}
				if (reservoir.getCapacityMl() != null) {
					return OptionalDouble.of(reservoir.getCapacityMl());
				}
			}
		}
		return OptionalDouble.empty();
	}

	private Optional<FlowCapacity> oxygenator(Oxygenator oxygenator) {
		Optional<Product> product = product(oxygenator);
		List<Figure> figures = new ArrayList<>();
		product.ifPresent(p -> {
			figures.addAll(p.figures(FigureKey.MAX_FLOW_L_MIN));
			if (figures.isEmpty()) {
				figures.addAll(p.figures(FigureKey.RATED_FLOW_L_MIN));
			}
		});
		if (figures.isEmpty()) {
			return oxygenator.getRatedFlowLMin() == null ? Optional.empty()
					: Optional.of(FlowCapacity.rated(oxygenator.getRatedFlowLMin(), Messages.Facts_ratedAttribute));
		}
		List<Figure> unconditional = figures.stream().filter(f -> !f.conditional()).toList();
		if (!unconditional.isEmpty()) {
			return Optional.of(bounds(unconditional.get(0), basis(unconditional.get(0))));
		}
		var circuit = (Circuit) org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(oxygenator);
		OptionalDouble reservoir = pairedReservoirCapacityMl(circuit);
		for (Figure figure : figures) {
			OptionalDouble wanted = condition(figure, FigureKey.RESERVOIR_CAPACITY_ML);
			if (reservoir.isPresent() && wanted.isPresent() && Math.abs(wanted.getAsDouble() - reservoir.getAsDouble()) < SAME) {
				return Optional.of(bounds(figure, basis(figure)));
			}
		}
		double low = figures.stream().mapToDouble(Figure::value).min().orElseThrow();
		double high = figures.stream().mapToDouble(Figure::value).max().orElseThrow();
		return Optional.of(new FlowCapacity(OptionalDouble.of(low), OptionalDouble.of(high),
				NLS.bind(Messages.Facts_dependsOnReservoir, Figure.format(low), Figure.format(high))));
	}

	private Optional<FlowCapacity> cannula(Product product) {
		for (Figure figure : product.figures(FigureKey.FLOW_AT_DP_L_MIN)) {
			OptionalDouble dp = condition(figure, FigureKey.DP_MMHG);
			if (dp.isPresent()) {
				return Optional.of(atPressure(figure, dp.getAsDouble(), options.acceptedDpMmHg()));
			}
		}
		for (Figure figure : product.figures(FigureKey.FLOW_AT_INLET_PRESSURE_L_MIN)) {
			OptionalDouble inlet = condition(figure, FigureKey.INLET_PRESSURE_MMHG);
			if (inlet.isPresent() && options.acceptedVenousSuctionMmHg().isPresent()) {
				return Optional.of(atPressure(figure, Math.abs(inlet.getAsDouble()),
						options.acceptedVenousSuctionMmHg().getAsDouble()));
			}
		}
		return Optional.empty();
	}

	/** The tubing product of the segment's internal diameter, and its flow at the accepted drop. */
	private Optional<FlowCapacity> tube(Connection connection) {
		double inches = connection.getInternalDiameterInch();
		for (Product product : catalog.products(org.eccworkbench.catalog.Category.TUBING)) {
			Optional<Figure> size = product.figure(FigureKey.INTERNAL_DIAMETER_IN);
			if (size.isPresent() && Math.abs(size.get().value() - inches) < 1e-4) {
				for (Figure figure : product.figures(FigureKey.FLOW_AT_DP_L_MIN)) {
					OptionalDouble dp = condition(figure, FigureKey.DP_MMHG);
					if (dp.isPresent()) {
						return Optional.of(atPressure(figure, dp.getAsDouble(), options.acceptedDpMmHg()));
					}
				}
			}
		}
		return Optional.empty();
	}

	/** A flow measured at {@code measuredMmHg}, as bounds at {@code acceptedMmHg}. */
	static FlowCapacity atPressure(Figure figure, double measuredMmHg, double acceptedMmHg) {
		FlowCapacity at = bounds(figure, NLS.bind(Messages.Facts_atPressure, new Object[] { figure.qualifier().symbol(),
				figure.formattedValue(), Figure.format(measuredMmHg), Figure.format(acceptedMmHg) }));
		if (Math.abs(measuredMmHg - acceptedMmHg) < SAME) {
			return at;
		}
		return measuredMmHg < acceptedMmHg
				? new FlowCapacity(at.atLeastLMin(), OptionalDouble.empty(), at.basis())
				: new FlowCapacity(OptionalDouble.empty(), at.atMostLMin(), at.basis());
	}

	/** The bounds a figure's qualifier gives ("&gt; 6.5" is only a lower bound). */
	static FlowCapacity bounds(Figure figure, String basis) {
		OptionalDouble value = OptionalDouble.of(figure.value());
		Qualifier qualifier = figure.qualifier();
		boolean lower = qualifier != Qualifier.AT_MOST && qualifier != Qualifier.LESS_THAN;
		boolean upper = qualifier != Qualifier.AT_LEAST && qualifier != Qualifier.MORE_THAN;
		return new FlowCapacity(lower ? value : OptionalDouble.empty(), upper ? value : OptionalDouble.empty(), basis);
	}

	private static OptionalDouble condition(Figure figure, FigureKey key) {
		for (Condition condition : figure.conditions()) {
			if (condition.key() == key) {
				return OptionalDouble.of(condition.value());
			}
		}
		return OptionalDouble.empty();
	}

	private static String basis(Figure figure) {
		StringBuilder text = new StringBuilder(figure.key().id()).append(' ').append(figure.qualifier().symbol())
				.append(figure.formattedValue()).append(' ').append(figure.unit().symbol());
		for (Condition condition : figure.conditions()) {
			text.append(", ").append(condition.key().id()).append(' ').append(Figure.format(condition.value())); //$NON-NLS-1$
		}
		return text.toString();
	}
}
