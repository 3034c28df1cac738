package org.eccworkbench.kit.importer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.eccworkbench.kit.internal.Messages;
import org.eccworkbench.kit.plan.Numbers;
import org.eclipse.osgi.util.NLS;

/** Reads typed cells of one row and collects what is wrong with them, by row and column. */
final class Cells {

	private final CsvTable.Row row;
	private final List<String> problems;
	private boolean bad;

	Cells(CsvTable.Row row, List<String> problems) {
		this.row = row;
		this.problems = problems;
	}

	boolean bad() {
		return bad;
	}

	void problem(String column, String message) {
		bad = true;
		problems.add(NLS.bind(Messages.Import_row, new Object[] { Integer.toString(row.number()), column, message }));
	}

	Optional<String> text(String column, boolean required) {
		Optional<String> value = row.cell(column);
		if (value.isEmpty() && required) {
			problem(column, Messages.Import_required);
		}
		return value;
	}

	Optional<Double> number(String column, double min, double max, boolean required) {
		Optional<String> text = text(column, required);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		try {
			double value = Double.parseDouble(text.get());
			if (!Double.isFinite(value) || value < min || value > max) {
				problem(column, NLS.bind(Messages.Import_outOfRange,
						new Object[] { text.get(), Numbers.quantity(min), Numbers.quantity(max) }));
				return Optional.empty();
			}
			return Optional.of(value);
		} catch (NumberFormatException e) {
			problem(column, NLS.bind(Messages.Import_notANumber, text.get()));
			return Optional.empty();
		}
	}

	Optional<LocalDate> date(String column, boolean required) {
		Optional<String> text = text(column, required);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(text.get()));
		} catch (DateTimeParseException e) {
			problem(column, NLS.bind(Messages.Import_notADate, text.get()));
			return Optional.empty();
		}
	}

	boolean flag(String column) {
		return row.cell(column).map(v -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes") || v.equals("1"))
				.orElse(false);
	}
}
