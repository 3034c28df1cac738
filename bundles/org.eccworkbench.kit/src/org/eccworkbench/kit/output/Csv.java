package org.eccworkbench.kit.output;

import java.util.List;

/** Writes CSV as RFC 4180 asks: fields with a comma, quote or line break are quoted. */
final class Csv {

	private final StringBuilder text = new StringBuilder();

	Csv row(Object... fields) {
		return row(List.of(fields));
	}

	Csv row(List<?> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				text.append(',');
			}
			text.append(field(String.valueOf(fields.get(i) == null ? "" : fields.get(i))));
		}
		text.append("\r\n");
		return this;
	}

	static String field(String value) {
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}

	@Override
	public String toString() {
		return text.toString();
	}
}
