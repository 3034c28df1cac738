package org.eccworkbench.console.record;

import java.util.Locale;

/** Writes the small flat JSON objects of a recording; strings are escaped as RFC 8259 requires. */
final class Json {

	private final StringBuilder text = new StringBuilder(128).append('{');

	Json put(String key, String value) {
		key(key);
		if (value == null) {
			text.append("null");
		} else {
			quote(value);
		}
		return this;
	}

	Json put(String key, long value) {
		key(key);
		text.append(value);
		return this;
	}

	Json put(String key, double value) {
		key(key);
		text.append(Double.isFinite(value) ? String.format(Locale.ROOT, "%s", value) : "null");
		return this;
	}

	/** Puts {@code json}, already JSON (an array or object). */
	Json putRaw(String key, String json) {
		key(key);
		text.append(json);
		return this;
	}

	private void key(String key) {
		if (text.length() > 1) {
			text.append(", ");
		}
		quote(key);
		text.append(": ");
	}

	private void quote(String value) {
		text.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '"' -> text.append("\\\"");
			case '\\' -> text.append("\\\\");
			case '\n' -> text.append("\\n");
			case '\r' -> text.append("\\r");
			case '\t' -> text.append("\\t");
			default -> {
				if (c < 0x20) {
					text.append(String.format("\\u%04x", (int) c));
				} else {
					text.append(c);
				}
			}
			}
		}
		text.append('"');
	}

	@Override
	public String toString() {
		return text + "}";
	}
}
