package org.eccworkbench.kit.output;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eccworkbench.kit.pack.PackLine;
import org.eccworkbench.kit.pack.PackingResult;
import org.eccworkbench.kit.pack.Piece;
import org.eccworkbench.kit.plan.Allocation;
import org.eccworkbench.kit.plan.KitPlan;
import org.eccworkbench.kit.plan.Numbers;
import org.eccworkbench.kit.plan.Requirement;

/**
 * The lists of a kit plan as rows, shared by the CSV files and the PDF: the bill of materials, the
 * piece manifests, the customs pro-forma and the inventory left on site.
 */
public final class KitTables {

	public static final List<String> BOM_HEADER = List.of("item", "name", "category", "unit", "for_cases", "spares",
			"emergency", "total", "usable_stock", "expired_not_counted", "shortage", "unit_weight_kg", "weight_source");
	public static final List<String> PIECE_HEADER = List.of("piece", "packing", "item", "name", "lot", "expiry", "quantity",
			"weight_kg", "piece_weight_kg");
	public static final List<String> CUSTOMS_HEADER = List.of("item", "name", "quantity", "unit", "unit_value", "currency",
			"total_value");
	/** Also the columns {@code eccw kit import-inventory} reads, so the next mission can import it. */
	public static final List<String> LEFT_HEADER = List.of("item", "name", "lot", "expiry", "quantity", "unit", "location");

	/** The location of what is left on site. */
	public static final String SITE = org.eccworkbench.kit.plan.Inventory.SITE;

	/** A unit value in a currency; a null value is unknown. */
	private record Value(Double unitValue, String currency) {
	}

	private KitTables() {
	}

	public static List<List<String>> bom(KitPlan plan) {
		List<List<String>> rows = new ArrayList<>();
		for (Requirement r : plan.requirements()) {
			rows.add(List.of(r.item().id(), r.item().name(), r.item().category().id(), r.item().unit(),
					Numbers.quantity(r.forCases()), Numbers.quantity(r.spares()), Numbers.quantity(r.emergency()),
					Numbers.quantity(r.total()), Numbers.quantity(r.available()), Numbers.quantity(r.expired()),
					Numbers.quantity(r.shortage()), Numbers.quantity(r.item().unitWeightKg()), r.item().weightSource()));
		}
		return rows;
	}

	public static List<List<String>> pieces(PackingResult packing) {
		List<List<String>> rows = new ArrayList<>();
		for (Piece piece : packing.pieces()) {
			for (PackLine line : piece.lines()) {
				rows.add(List.of(Integer.toString(piece.number()), piece.packing().id(), line.item().id(), line.item().name(),
						lot(line.allocation()), date(line.allocation().expiry()), Integer.toString(line.units()),
						Numbers.fixed(line.weightKg(), 2), Numbers.fixed(piece.weightKg(), 2)));
			}
		}
		return rows;
	}

	/**
	 * The customs pro-forma: what travels, by item and value. The unit value comes from the
	 * inventory lot; a quantity still to procure, or a lot without a value, shows no value, and
	 * its total is left empty rather than guessed. Stock already on site crosses no border and is
	 * not listed.
	 */
	public static List<List<String>> customs(KitPlan plan) {
		List<List<String>> rows = new ArrayList<>();
		for (Requirement r : plan.requirements()) {
			Map<Value, Double> byValue = new LinkedHashMap<>();
			for (Allocation a : r.allocations()) {
				if (a.travels()) {
					byValue.merge(new Value(a.unitValue(), a.currency()), a.quantity(), Double::sum);
				}
			}
			for (Map.Entry<Value, Double> e : byValue.entrySet()) {
				Value value = e.getKey();
				double quantity = e.getValue();
				boolean known = value.unitValue() != null;
				rows.add(List.of(r.item().id(), r.item().name(), Numbers.quantity(quantity), r.item().unit(),
						known ? Numbers.quantity(value.unitValue()) : "", value.currency() == null ? "" : value.currency(),
						known ? Numbers.fixed(value.unitValue() * quantity, 2) : ""));
			}
		}
		return rows;
	}

	/**
	 * What stays on site for the next mission: the spares and the emergency kit, from the lots that
	 * travel, once the cases have used theirs (earliest expiry used first).
	 */
	public static List<List<String>> leftOnSite(KitPlan plan) {
		List<List<String>> rows = new ArrayList<>();
		for (Requirement r : plan.requirements()) {
			double toUse = r.forCases();
			for (Allocation a : r.allocations()) {
				double used = Math.min(toUse, a.quantity());
				toUse -= used;
				double left = a.quantity() - used;
				if (left > 1e-9) {
					rows.add(List.of(r.item().id(), r.item().name(), a.toProcure() ? "" : a.lot(), date(a.expiry()),
							Numbers.quantity(left), r.item().unit(), SITE));
				}
			}
		}
		return rows;
	}

	static String lot(Allocation allocation) {
		return allocation.toProcure() ? "(to procure)" : allocation.lot();
	}

	static String date(LocalDate date) {
		return date == null ? "" : date.toString();
	}

	/** {@code rows} under {@code header} as CSV. */
	public static String csv(List<String> header, List<List<String>> rows) {
		Csv csv = new Csv().row(header);
		rows.forEach(csv::row);
		return csv.toString();
	}
}
