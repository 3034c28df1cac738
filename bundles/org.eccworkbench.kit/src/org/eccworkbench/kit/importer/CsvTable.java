package org.eccworkbench.kit.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks) read as a header and
 * rows; each row keeps the number of the record it came from, the header being record 1.
 */
public final class CsvTable {

	/** One data row. */
	public record Row(int number, Map<String, String> cells) {

		public Optional<String> cell(String column) {
			String value = cells.get(column);
			return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
		}
	}

	private final List<String> header;
	private final List<Row> rows;

	private CsvTable(List<String> header, List<Row> rows) {
		this.header = header;
		this.rows = rows;
	}

	public static CsvTable parse(String text) {
		List<List<String>> records = records(text.startsWith("\uFEFF") ? text.substring(1) : text);
		if (records.isEmpty()) {
			return new CsvTable(List.of(), List.of());
		}
		List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase(java.util.Locale.ROOT)).toList();
		List<Row> rows = new ArrayList<>();
		for (int i = 1; i < records.size(); i++) {
			List<String> record = records.get(i);
			if (record.size() == 1 && record.get(0).isBlank()) {
				continue;
			}
			Map<String, String> cells = new HashMap<>();
			for (int c = 0; c < header.size() && c < record.size(); c++) {
				cells.put(header.get(c), record.get(c));
			}
			rows.add(new Row(i + 1, cells));
		}
		return new CsvTable(header, rows);
	}

	public List<String> header() {
		return header;
	}

	public List<Row> rows() {
		return rows;
	}

	private static List<List<String>> records(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					field.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
			} else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				record.add(field.toString());
				field.setLength(0);
				records.add(record);
				record = new ArrayList<>();
			} else {
				field.append(c);
			}
		}
		if (field.length() > 0 || !record.isEmpty()) {
			record.add(field.toString());
			records.add(record);
		}
		return records;
	}
}
