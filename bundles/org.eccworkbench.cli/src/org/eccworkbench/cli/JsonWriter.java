package org.eccworkbench.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import org.eccworkbench.catalog.Figure;

/**
 * Writes indented JSON for subcommands whose output nests (catalog, simulate): objects, arrays,
 * strings, numbers, booleans and null, one member per line. Non-ASCII characters are escaped, so
 * the output is the same whatever the terminal's encoding. For a flat object, {@link JsonObject}
 * is enough.
 */
public final class JsonWriter {

	private final StringBuilder out = new StringBuilder();
	/** For each open object or array: whether it has a member yet. */
	private final Deque<boolean[]> open = new ArrayDeque<>();
	private boolean afterName;

	public JsonWriter beginObject() {
		return begin('{');
	}

	public JsonWriter endObject() {
		return end('}');
	}

	public JsonWriter beginArray() {
		return begin('[');
	}

	public JsonWriter endArray() {
		return end(']');
	}

	/** The name of the next member of the current object. */
	public JsonWriter name(String name) {
		separate();
		string(name);
		out.append(": "); //$NON-NLS-1$
		afterName = true;
		return this;
	}

	public JsonWriter value(String value) {
		separate();
		if (value == null) {
			out.append("null"); //$NON-NLS-1$
		} else {
			string(value);
		}
		return this;
	}

	public JsonWriter value(Optional<String> value) {
		return value(value.orElse(null));
	}

	/** A number as a catalog states it: all its digits, without trailing zeros or exponent. */
	public JsonWriter value(double value) {
		separate();
		out.append(Figure.format(value));
		return this;
	}

	/** A number with up to 12 significant digits as {@link JsonObject} writes it, or null when NaN or infinite. */
	public JsonWriter number(double value) {
		separate();
		out.append(Double.isFinite(value) ? JsonObject.number(value) : "null"); //$NON-NLS-1$
		return this;
	}

	/** An integer. */
	public JsonWriter value(long value) {
		separate();
		out.append(value);
		return this;
	}

	/** A member whose value is a {@linkplain #number(double) number} or null. */
	public JsonWriter numberMember(String name, double value) {
		return name(name).number(value);
	}

	/** A member whose value is an integer. */
	public JsonWriter member(String name, long value) {
		return name(name).value(value);
	}

	public JsonWriter value(boolean value) {
		separate();
		out.append(value);
		return this;
	}

	public JsonWriter nullValue() {
		separate();
		out.append("null"); //$NON-NLS-1$
		return this;
	}

	/** A member whose value is a number, or null when it is empty. */
	public JsonWriter member(String name, java.util.OptionalDouble value) {
		name(name);
		return value.isPresent() ? value(value.getAsDouble()) : nullValue();
	}

	/** A member whose value is a string, or null. */
	public JsonWriter member(String name, String value) {
		return name(name).value(value);
	}

	public JsonWriter member(String name, Optional<String> value) {
		return name(name).value(value);
	}

	public JsonWriter member(String name, double value) {
		return name(name).value(value);
	}

	public JsonWriter member(String name, boolean value) {
		return name(name).value(value);
	}

	/** The document, with a final line break. */
	@Override
	public String toString() {
		if (!open.isEmpty()) {
			throw new IllegalStateException("unclosed JSON object or array"); //$NON-NLS-1$
		}
		return out + "\n"; //$NON-NLS-1$
	}

	private JsonWriter begin(char bracket) {
		separate();
		out.append(bracket);
		open.push(new boolean[] { false });
		return this;
	}

	private JsonWriter end(char bracket) {
		boolean[] hasMember = open.pop();
		if (hasMember[0]) {
			newLine();
		}
		out.append(bracket);
		return this;
	}

	/** The comma and line break before a value, unless it follows its name. */
	private void separate() {
		if (afterName) {
			afterName = false;
			return;
		}
		if (open.isEmpty()) {
			return;
		}
		boolean[] hasMember = open.peek();
		if (hasMember[0]) {
			out.append(',');
		}
		hasMember[0] = true;
		newLine();
	}

	private void newLine() {
		out.append('\n').append("  ".repeat(open.size())); //$NON-NLS-1$
	}

	private void string(String text) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\""); //$NON-NLS-1$
			case '\\' -> out.append("\\\\"); //$NON-NLS-1$
			case '\n' -> out.append("\\n"); //$NON-NLS-1$
			case '\r' -> out.append("\\r"); //$NON-NLS-1$
			case '\t' -> out.append("\\t"); //$NON-NLS-1$
			default -> {
				if (c < 0x20 || c > 0x7e) {
					out.append(String.format("\\u%04x", (int) c)); //$NON-NLS-1$
				} else {
					out.append(c);
				}
			}
			}
		}
		out.append('"');
	}
}
