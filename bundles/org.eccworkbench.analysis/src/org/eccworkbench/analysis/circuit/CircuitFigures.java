package org.eccworkbench.analysis.circuit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.eccworkbench.analysis.BloodVolumeBand;
import org.eccworkbench.analysis.BloodVolumeEstimate;
import org.eccworkbench.analysis.HemodilutionEstimate;
import org.eccworkbench.analysis.OxygenContent;
import org.eccworkbench.analysis.OxygenDelivery;
import org.eccworkbench.catalog.Figure;
import org.eccworkbench.catalog.FigureKey;
import org.eccworkbench.catalog.Product;
import org.eccworkbench.model.circuit.Cannula;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.Clamp;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.GasBlender;
import org.eccworkbench.model.circuit.HeaterCooler;
import org.eccworkbench.model.circuit.LineRole;
import org.eccworkbench.model.circuit.Oxygenator;
import org.eccworkbench.model.circuit.Patient;
import org.eccworkbench.model.circuit.PatientNode;
import org.eccworkbench.model.circuit.Pump;
import org.eccworkbench.model.circuit.PumpRole;
import org.eccworkbench.model.circuit.Reservoir;
import org.eccworkbench.model.circuit.Sensor;
import org.eccworkbench.model.circuit.SuctionVent;
import org.eccworkbench.model.validation.FlowCapacity;
import org.eclipse.osgi.util.NLS;

/**
 * The figures of a circuit for its patient: the prime itemised, the predicted haematocrit on
 * bypass (an estimate), the target flow, the flow limit of the assembly and the part that sets
 * it, and DO2i at the target flow. docs/clinical-formulas.md gives every formula and its source.
 * <p>
 * The prime counts every part on a primed line (not the dry suction and vent lines, nor parts
 * that hold no circuit fluid: the patient, sensors, clamps, gas and water devices, suckers and
 * cannulae, which fill with the patient's blood) and every blood segment. A reservoir without a
 * priming figure of its own counts its minimum operating level, the volume it must keep.
 * An unknown prime is listed as unknown, never counted as zero: the total is then the known
 * part, a lower bound, and the haematocrit and DO2i derived from it are upper bounds.
 */
public record CircuitFigures(List<PrimeItem> prime, double knownPrimeMl, OptionalDouble bsaSquareMetres,
		double cardiacIndex, OptionalDouble targetFlowLMin, OptionalDouble bloodVolumeMl,
		OptionalDouble predictedHctPercent, FlowLimit flowLimit, OptionalDouble do2iAtTargetFlow,
		OptionalDouble sao2Percent) {

	public CircuitFigures {
		prime = List.copyOf(prime);
	}

	/** Whether some priming volume is unknown, so that the total is only a lower bound. */
	public boolean primeIncomplete() {
		return prime.stream().anyMatch(p -> !p.known());
	}

	public List<PrimeItem> unknownPrime() {
		return prime.stream().filter(p -> !p.known()).toList();
	}

	/** Computes the figures of {@code circuit} with the catalog and options of {@code facts}. */
	public static CircuitFigures of(Circuit circuit, CatalogCircuitFacts facts) {
		List<PrimeItem> prime = new ArrayList<>();
		java.util.Set<Component> wet = new java.util.HashSet<>();
		for (Connection connection : circuit.getConnections()) {
			if (!dryLine(connection.getRole())) {
				for (var port : new org.eccworkbench.model.circuit.Port[] { connection.getSource(), connection.getTarget() }) {
					if (port != null && port.getComponent() != null) {
						wet.add(port.getComponent());
					}
				}
			}
		}
		for (Component component : circuit.getComponents()) {
			if (wet.contains(component)) {
				primeOf(component, facts).ifPresent(prime::add);
			}
		}
		for (Connection connection : circuit.getConnections()) {
			primeOf(connection).ifPresent(prime::add);
		}
		double known = prime.stream().filter(PrimeItem::known).mapToDouble(p -> p.volumeMl().getAsDouble()).sum();
		OptionalDouble bsa = facts.bsaSquareMetres(circuit);
		double ci = CatalogCircuitFacts.cardiacIndex(circuit);
		OptionalDouble target = facts.targetFlowLMin(circuit);
		OptionalDouble ebv = bloodVolume(circuit.getPatient());
		Patient patient = circuit.getPatient();
		OptionalDouble hct = OptionalDouble.empty();
		OptionalDouble do2i = OptionalDouble.empty();
		double sao2 = saturationPercent(facts.options().pao2MmHg());
		if (ebv.isPresent() && patient.getHematocritPercent() != null) {
			hct = OptionalDouble.of(new HemodilutionEstimate(ebv.getAsDouble(), patient.getHematocritPercent(), known, 0, 0)
					.predictedHctPercent());
		}
		if (ebv.isPresent() && patient.getHemoglobinGDl() != null && target.isPresent() && bsa.isPresent()) {
			double hb = patient.getHemoglobinGDl() * ebv.getAsDouble() / (ebv.getAsDouble() + known);
			OxygenContent content = new OxygenContent(hb, sao2, facts.options().pao2MmHg(),
					facts.options().kMillilitresPerGram());
			do2i = OptionalDouble.of(new OxygenDelivery(content, target.getAsDouble(), bsa.getAsDouble())
					.do2iMillilitresPerMinPerSquareMetre());
		}
		return new CircuitFigures(prime, known, bsa, ci, target, ebv, hct, flowLimit(circuit, facts), do2i,
				OptionalDouble.of(sao2));
	}

	/**
	 * Haemoglobin saturation at {@code po2MmHg} by Severinghaus (J Appl Physiol 1979;46:599):
	 * SO2 = 1 / (23400 / (PO2³ + 150 PO2) + 1), in %.
	 */
	static double saturationPercent(double po2MmHg) {
		if (!(po2MmHg > 0)) {
			return 0;
		}
		return 100.0 / (23400.0 / (po2MmHg * po2MmHg * po2MmHg + 150.0 * po2MmHg) + 1.0);
	}

	/** The patient's blood volume in mL: as given, or estimated from weight by age band ({@link BloodVolumeBand}). */
	static OptionalDouble bloodVolume(Patient patient) {
		if (patient == null) {
			return OptionalDouble.empty();
		}
		if (patient.getBloodVolumeMl() != null) {
			return OptionalDouble.of(patient.getBloodVolumeMl());
		}
		if (patient.getWeightKg() == null) {
			return OptionalDouble.empty();
		}
		return band(patient).map(b -> OptionalDouble.of(BloodVolumeEstimate.of(b, patient.getWeightKg()).ebvMillilitres()))
				.orElse(OptionalDouble.empty());
	}

	/**
	 * The blood volume band of the patient's age: the first 28 days term neonate, then infant to
	 * 1 year, child to 12 years, adolescent (by sex) to 18 years, then adult. Empty without an age.
	 */
	static Optional<BloodVolumeBand> band(Patient patient) {
		Double age = patient.getAgeYears();
		if (age == null) {
			return Optional.empty();
		}
		if (age < 28.0 / 365.25) {
			return Optional.of(BloodVolumeBand.TERM_NEONATE);
		}
		if (age < 1) {
			return Optional.of(BloodVolumeBand.INFANT);
		}
		if (age < 12) {
			return Optional.of(BloodVolumeBand.CHILD);
		}
		if (age < 18) {
			return switch (patient.getSex()) {
			case MALE -> Optional.of(BloodVolumeBand.ADOLESCENT_MALE);
			case FEMALE -> Optional.of(BloodVolumeBand.ADOLESCENT_FEMALE);
			case UNSPECIFIED -> Optional.empty();
			};
		}
		return Optional.of(BloodVolumeBand.ADULT);
	}

	/** Suction and vent lines run dry until they are used: they are not primed. */
	static boolean dryLine(LineRole role) {
		return role == LineRole.SUCTION || role == LineRole.VENT;
	}

	/** Parts that hold no priming fluid of the circuit: the patient, sensors, clamps, gas and water devices, suckers, cannulae. */
	static boolean holdsNoPrime(Component component) {
		return component instanceof PatientNode || component instanceof Sensor || component instanceof Clamp
				|| component instanceof GasBlender || component instanceof HeaterCooler || component instanceof SuctionVent
				|| component instanceof Cannula;
	}

	static Optional<PrimeItem> primeOf(Component component, CatalogCircuitFacts facts) {
		if (holdsNoPrime(component)) {
			return Optional.empty();
		}
		String label = label(component, facts.product(component));
		if (component.getPrimeMl() != null) {
			return Optional.of(new PrimeItem(component.getId(), label, OptionalDouble.of(component.getPrimeMl()),
					Messages.Prime_attribute));
		}
		Optional<Figure> figure = facts.product(component).flatMap(p -> p.figure(FigureKey.PRIME_ML));
		if (figure.isPresent()) {
			return Optional.of(new PrimeItem(component.getId(), label, OptionalDouble.of(figure.get().value()),
					NLS.bind(Messages.Prime_product, component.getProductId())));
		}
		if (component instanceof Reservoir reservoir) {
			OptionalDouble level = facts.productMinimumLevelMl(reservoir);
			if (level.isEmpty() && reservoir.getMinimumLevelMl() != null) {
				level = OptionalDouble.of(reservoir.getMinimumLevelMl());
			}
			if (level.isPresent()) {
				return Optional.of(new PrimeItem(component.getId(), label, level, Messages.Prime_minimumLevel));
			}
		}
		String why = component.getProductId() == null || component.getProductId().isBlank() ? Messages.Prime_unknownGeneric
				: facts.product(component).isEmpty() ? NLS.bind(Messages.Prime_unknownProduct, component.getProductId())
						: NLS.bind(Messages.Prime_unknownFigure, component.getProductId());
		return Optional.of(new PrimeItem(component.getId(), label, OptionalDouble.empty(), why));
	}

	/** A blood segment's volume π (ID/2)² L; gas, water and signal lines and zero-size links hold none. */
	static Optional<PrimeItem> primeOf(Connection connection) {
		LineRole role = connection.getRole();
		if (role == LineRole.GAS || role == LineRole.WATER || role == LineRole.SIGNAL || dryLine(role)) {
			return Optional.empty();
		}
		double id = connection.getInternalDiameterInch();
		double length = connection.getLengthM();
		String label = connection.getName() != null && !connection.getName().isBlank() ? connection.getName()
				: connection.getId();
		if (id > 0 && length > 0) {
			return Optional.of(new PrimeItem(connection.getId(), label, OptionalDouble.of(connection.primeVolumeMl()),
					NLS.bind(Messages.Prime_tube, org.eccworkbench.catalog.Figure.format(id), Figure.format(length))));
		}
		if (id > 0 || length > 0) {
			return Optional.of(new PrimeItem(connection.getId(), label, OptionalDouble.empty(), Messages.Prime_tubeSize));
		}
		return Optional.empty();
	}

	static String label(Component component, Optional<Product> product) {
		if (product.isPresent()) {
			return product.get().displayName();
		}
		return component.getName() != null && !component.getName().isBlank() ? component.getName() : component.getId();
	}

	/** The smallest upper bound among oxygenators, cannulae, arterial pumps and arterial and venous tubes. */
	static FlowLimit flowLimit(Circuit circuit, CatalogCircuitFacts facts) {
		List<FlowLimit.Part> parts = new ArrayList<>();
		for (Component component : circuit.getComponents()) {
			if (component instanceof Oxygenator || component instanceof Cannula
					|| component instanceof Pump pump && pump.getRole() == PumpRole.ARTERIAL) {
				parts.add(new FlowLimit.Part(component.getId(), label(component, facts.product(component)),
						facts.flowCapacity(component)));
			}
		}
		for (Connection connection : circuit.getConnections()) {
			if ((connection.getRole() == LineRole.ARTERIAL || connection.getRole() == LineRole.VENOUS)
					&& connection.getInternalDiameterInch() > 0) {
				parts.add(new FlowLimit.Part(connection.getId(), primeOf(connection).map(PrimeItem::label).orElse(connection.getId()),
						facts.flowCapacity(connection)));
			}
		}
		Optional<FlowLimit.Part> limiting = parts.stream()
				.filter(p -> p.capacity().map(c -> c.atMostLMin().isPresent()).orElse(false))
				.min(Comparator.comparingDouble(p -> p.capacity().get().atMostLMin().getAsDouble()));
		List<FlowLimit.Part> unbounded = parts.stream()
				.filter(p -> p.capacity().map(FlowCapacity::atMostLMin).map(OptionalDouble::isEmpty).orElse(true)).toList();
		return new FlowLimit(limiting, unbounded);
	}
}
