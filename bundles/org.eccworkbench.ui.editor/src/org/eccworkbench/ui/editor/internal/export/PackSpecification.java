package org.eccworkbench.ui.editor.internal.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

import org.eccworkbench.analysis.circuit.CatalogCircuitFacts;
import org.eccworkbench.analysis.circuit.CircuitFigures;
import org.eccworkbench.analysis.circuit.PrimeItem;
import org.eccworkbench.catalog.Category;
import org.eccworkbench.catalog.Product;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.PatientNode;
import org.eccworkbench.ui.editor.internal.Messages;
import org.eccworkbench.ui.editor.internal.ModelLabels;
import org.eclipse.osgi.util.NLS;

/**
 * What a hospital sends a vendor to order a custom tubing pack for a circuit: the catalogued
 * disposables with their product references and quantities, the tubing by internal diameter with
 * its total length, every tube segment with its internal diameter and length, the parts the
 * drawing names without a product (to be specified with the vendor) and the total prime. Roller
 * pump consoles are equipment, not pack content, and are left out.
 */
public record PackSpecification(String circuitName, List<BomLine> bom, List<Segment> segments, List<String> unspecified,
		double knownPrimeMl, int unknownPrimeCount) {

	/**
	 * One line of the bill of materials: a product of the catalog (or a reference the catalog does
	 * not know), or a tubing size; {@code quantity} in {@code unit}s (pieces or metres).
	 */
	public record BomLine(String reference, String name, String manufacturer, String quantity, String unit) {
	}

	/** One tube segment of the drawing. */
	public record Segment(String id, String name, String role, double internalDiameterInch, double lengthM,
			OptionalDouble primeMl) {
	}

	public PackSpecification {
		bom = List.copyOf(bom);
		segments = List.copyOf(segments);
		unspecified = List.copyOf(unspecified);
	}

	/** The specification of {@code circuit} with the catalog of {@code facts}. */
	public static PackSpecification of(Circuit circuit, CatalogCircuitFacts facts) {
		Map<String, Integer> pieces = new LinkedHashMap<>();
		Map<String, Component> firstOf = new LinkedHashMap<>();
		Map<String, Integer> unspecified = new LinkedHashMap<>();
		for (Component component : circuit.getComponents()) {
			if (component instanceof PatientNode) {
				continue;
			}
			String productId = component.getProductId();
			if (productId == null || productId.isBlank()) {
				unspecified.merge(label(component), 1, Integer::sum);
				continue;
			}
			Optional<Product> product = facts.catalog().product(productId);
			if (product.isPresent() && product.get().category() == Category.ROLLER_PUMP) {
				continue;
			}
			pieces.merge(productId, 1, Integer::sum);
			firstOf.putIfAbsent(productId, component);
		}
		List<BomLine> bom = new ArrayList<>();
		pieces.forEach((id, count) -> {
			Optional<Product> product = facts.catalog().product(id);
			bom.add(new BomLine(id, product.map(Product::displayName).orElse(label(firstOf.get(id))),
					product.flatMap(Product::manufacturer).orElse(""), Integer.toString(count), Messages.Pack_unitPieces)); //$NON-NLS-1$
		});
		Map<String, PrimeItem> primeById = new LinkedHashMap<>();
		CircuitFigures figures = CircuitFigures.of(circuit, facts);
		figures.prime().forEach(p -> primeById.putIfAbsent(p.elementId(), p));
		List<Segment> segments = new ArrayList<>();
		Map<Double, Double> tubing = new TreeMap<>();
		for (Connection connection : circuit.getConnections()) {
			if (connection.getInternalDiameterInch() > 0 && connection.getLengthM() > 0) {
				PrimeItem prime = primeById.get(connection.getId());
				segments.add(new Segment(connection.getId(), connection.getName() == null ? "" : connection.getName(), //$NON-NLS-1$
						ModelLabels.literal(connection.getRole()), connection.getInternalDiameterInch(),
						connection.getLengthM(), prime == null ? OptionalDouble.empty() : prime.volumeMl()));
				tubing.merge(connection.getInternalDiameterInch(), connection.getLengthM(), Double::sum);
			}
		}
		tubing.forEach((diameter, length) -> bom.add(new BomLine(tubingReference(diameter),
				NLS.bind(Messages.Pack_tubing, inches(diameter)), "", metres(length), Messages.Pack_unitMetres))); //$NON-NLS-1$
		List<String> generic = new ArrayList<>();
		unspecified.forEach((name, count) -> generic.add(count == 1 ? name : count + " \u00d7 " + name)); //$NON-NLS-1$
		String name = circuit.getName() == null ? "" : circuit.getName(); //$NON-NLS-1$
		return new PackSpecification(name, bom, segments, generic, figures.knownPrimeMl(), figures.unknownPrime().size());
	}

	private static String label(Component component) {
		return component.getName() != null && !component.getName().isBlank() ? component.getName() : component.getId();
	}

	/** The reference of a tubing size: {@code tubing-0.375in}. */
	static String tubingReference(double diameterInch) {
		return "tubing-" + String.format(Locale.ROOT, "%.4f", diameterInch).replaceFirst("0+$", "").replaceFirst("\\.$", "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				+ "in"; //$NON-NLS-1$
	}

	/** An internal diameter as perfusionists say it: 3/8 in, 1/4 in; a decimal when no eighth or sixteenth fits. */
	public static String inches(double diameterInch) {
		for (int denominator : new int[] { 2, 4, 8, 16 }) {
			double numerator = diameterInch * denominator;
			if (Math.abs(numerator - Math.rint(numerator)) < 1e-6) {
				long n = Math.round(numerator);
				if (n % 2 != 0 || denominator == 2) {
					return (n == denominator ? "1" : n + "/" + denominator) + " in"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
			}
		}
		return String.format(Locale.ROOT, "%.3f in", diameterInch); //$NON-NLS-1$
	}

	static String metres(double metres) {
		return String.format(Locale.ROOT, "%.2f", metres); //$NON-NLS-1$
	}

	/** The total prime, or its known part with the count of unknown volumes. */
	public String primeText() {
		String total = String.format(Locale.ROOT, "%.0f", knownPrimeMl); //$NON-NLS-1$
		return unknownPrimeCount == 0 ? NLS.bind(Messages.Pack_prime, total)
				: NLS.bind(Messages.Pack_primeAtLeast, total, unknownPrimeCount);
	}
}
