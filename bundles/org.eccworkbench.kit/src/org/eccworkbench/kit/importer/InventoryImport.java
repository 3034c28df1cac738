package org.eccworkbench.kit.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eccworkbench.kit.internal.Messages;
import org.eccworkbench.kit.mission.InventoryLot;
import org.eccworkbench.kit.mission.MissionFactory;
import org.eclipse.osgi.util.NLS;

/**
 * Reads inventory lots from CSV. Columns: {@code item, quantity} (required), {@code lot, expiry
 * (YYYY-MM-DD), unit_value, currency, location}. A bad row is reported by row and column and left
 * out; the good rows are kept.
 */
public final class InventoryImport {

	public static final List<String> REQUIRED = List.of("item", "quantity");

	private InventoryImport() {
	}

	public static ImportResult read(String csv, List<InventoryLot> into) {
		CsvTable table = CsvTable.parse(csv);
		List<String> problems = new ArrayList<>();
		for (String column : REQUIRED) {
			if (!table.header().contains(column)) {
				problems.add(NLS.bind(Messages.Import_missingColumn, column));
			}
		}
		if (!problems.isEmpty()) {
			return new ImportResult(0, problems);
		}
		int imported = 0;
		for (CsvTable.Row row : table.rows()) {
			Cells cells = new Cells(row, problems);
			Optional<String> item = cells.text("item", true);
			Optional<Double> quantity = cells.number("quantity", 0, 1_000_000, true);
			Optional<LocalDate> expiry = cells.date("expiry", false);
			Optional<Double> value = cells.number("unit_value", 0, 1e9, false);
			if (cells.bad()) {
				continue;
			}
			InventoryLot lot = MissionFactory.eINSTANCE.createInventoryLot();
			lot.setItemId(item.get());
			lot.setQuantity((int) Math.round(quantity.get()));
			cells.text("lot", false).ifPresent(lot::setLot);
			expiry.ifPresent(lot::setExpiry);
			value.ifPresent(lot::setUnitValue);
			cells.text("currency", false).ifPresent(lot::setCurrency);
			cells.text("location", false).ifPresent(lot::setLocation);
			into.add(lot);
			imported++;
		}
		return new ImportResult(imported, problems);
	}

}
