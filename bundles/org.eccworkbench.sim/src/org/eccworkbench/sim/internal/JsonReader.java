package org.eccworkbench.sim.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

/**
 * A strict RFC 8259 JSON reader for scenario files: objects become {@code Map<String, Object>} in
 * file order, arrays {@code List<Object>}, numbers {@code Double}, strings, booleans, and
 * {@link #NULL}. Refused: comments, trailing commas, duplicate names, leading zeros, lone
 * surrogates, unescaped control characters, nesting deeper than {@value #MAX_DEPTH}, and anything
 * after the document. Errors name the line and column.
 */
public final class JsonReader {

	/** The JSON {@code null}. */
	public static final Object NULL = new Object() {
		@Override
		public String toString() {
			return "null"; //$NON-NLS-1$
		}
	};

	static final int MAX_DEPTH = 64;

	private final String text;
	private int pos;
	private int depth;

	private JsonReader(String text) {
		this.text = text;
	}

	/** Parses one JSON document. */
	public static Object parse(String text) throws JsonException {
		JsonReader reader = new JsonReader(text);
		reader.skipSpace();
		Object value = reader.value();
		reader.skipSpace();
		if (reader.pos < text.length()) {
			throw reader.error(Messages.Json_trailing);
		}
		return value;
	}

	private Object value() throws JsonException {
		if (pos >= text.length()) {
			throw error(Messages.Json_unexpectedEnd);
		}
		char c = text.charAt(pos);
		return switch (c) {
		case '{' -> object();
		case '[' -> array();
		case '"' -> string();
		case 't' -> literal("true", Boolean.TRUE); //$NON-NLS-1$
		case 'f' -> literal("false", Boolean.FALSE); //$NON-NLS-1$
		case 'n' -> literal("null", NULL); //$NON-NLS-1$
		default -> {
			if (c == '-' || (c >= '0' && c <= '9')) {
				yield number();
			}
			throw error(NLS.bind(Messages.Json_unexpectedChar, printable(c)));
		}
		};
	}

	private Map<String, Object> object() throws JsonException {
		enter();
		pos++;
		Map<String, Object> members = new LinkedHashMap<>();
		skipSpace();
		if (peek() == '}') {
			pos++;
			depth--;
			return Collections.unmodifiableMap(members);
		}
		while (true) {
			skipSpace();
			if (peek() != '"') {
				throw error(Messages.Json_expectedName);
			}
			int nameAt = pos;
			String name = string();
			skipSpace();
			expect(':');
			skipSpace();
			Object value = value();
			if (members.put(name, value) != null) {
				pos = nameAt;
				throw error(NLS.bind(Messages.Json_duplicateName, name));
			}
			skipSpace();
			char c = peek();
			pos++;
			if (c == '}') {
				depth--;
				return Collections.unmodifiableMap(members);
			}
			if (c != ',') {
				pos--;
				throw error(Messages.Json_expectedCommaOrBrace);
			}
		}
	}

	private List<Object> array() throws JsonException {
		enter();
		pos++;
		List<Object> items = new ArrayList<>();
		skipSpace();
		if (peek() == ']') {
			pos++;
			depth--;
			return Collections.unmodifiableList(items);
		}
		while (true) {
			skipSpace();
			items.add(value());
			skipSpace();
			char c = peek();
			pos++;
			if (c == ']') {
				depth--;
				return Collections.unmodifiableList(items);
			}
			if (c != ',') {
				pos--;
				throw error(Messages.Json_expectedCommaOrBracket);
			}
		}
	}

	private String string() throws JsonException {
		pos++;
		StringBuilder out = new StringBuilder();
		while (true) {
			if (pos >= text.length()) {
				throw error(Messages.Json_unterminatedString);
			}
			char c = text.charAt(pos++);
			if (c == '"') {
				return out.toString();
			}
			if (c < 0x20) {
				pos--;
				throw error(Messages.Json_controlChar);
			}
			if (Character.isSurrogate(c)) {
				pos--;
				throw error(Messages.Json_badSurrogate);
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			if (pos >= text.length()) {
				throw error(Messages.Json_unterminatedString);
			}
			char e = text.charAt(pos++);
			switch (e) {
			case '"', '\\', '/' -> out.append(e);
			case 'b' -> out.append('\b');
			case 'f' -> out.append('\f');
			case 'n' -> out.append('\n');
			case 'r' -> out.append('\r');
			case 't' -> out.append('\t');
			case 'u' -> unicodeEscape(out);
			default -> {
				pos--;
				throw error(NLS.bind(Messages.Json_badEscape, printable(e)));
			}
			}
		}
	}

	private void unicodeEscape(StringBuilder out) throws JsonException {
		char unit = hex4();
		if (Character.isHighSurrogate(unit)) {
			if (text.startsWith("\\u", pos)) { //$NON-NLS-1$
				pos += 2;
				char low = hex4();
				if (Character.isLowSurrogate(low)) {
					out.append(unit).append(low);
					return;
				}
			}
			throw error(Messages.Json_badSurrogate);
		}
		if (Character.isLowSurrogate(unit)) {
			throw error(Messages.Json_badSurrogate);
		}
		out.append(unit);
	}

	private char hex4() throws JsonException {
		if (pos + 4 > text.length()) {
			throw error(Messages.Json_unterminatedString);
		}
		int value = 0;
		for (int i = 0; i < 4; i++) {
			int digit = Character.digit(text.charAt(pos + i), 16);
			if (digit < 0) {
				pos += i;
				throw error(NLS.bind(Messages.Json_badEscape, "u")); //$NON-NLS-1$
			}
			value = value * 16 + digit;
		}
		pos += 4;
		return (char) value;
	}

	private Double number() throws JsonException {
		int start = pos;
		if (peek() == '-') {
			pos++;
		}
		if (peek() == '0') {
			pos++;
			if (isDigit(peek())) {
				throw error(Messages.Json_leadingZero);
			}
		} else if (isDigit(peek())) {
			while (isDigit(peek())) {
				pos++;
			}
		} else {
			throw error(Messages.Json_badNumber);
		}
		if (peek() == '.') {
			pos++;
			if (!isDigit(peek())) {
				throw error(Messages.Json_badNumber);
			}
			while (isDigit(peek())) {
				pos++;
			}
		}
		if (peek() == 'e' || peek() == 'E') {
			pos++;
			if (peek() == '+' || peek() == '-') {
				pos++;
			}
			if (!isDigit(peek())) {
				throw error(Messages.Json_badNumber);
			}
			while (isDigit(peek())) {
				pos++;
			}
		}
		double value = Double.parseDouble(text.substring(start, pos));
		if (!Double.isFinite(value)) {
			pos = start;
			throw error(Messages.Json_badNumber);
		}
		return value;
	}

	private Object literal(String word, Object value) throws JsonException {
		if (!text.startsWith(word, pos)) {
			throw error(NLS.bind(Messages.Json_unexpectedChar, printable(text.charAt(pos))));
		}
		pos += word.length();
		return value;
	}

	private void enter() throws JsonException {
		if (++depth > MAX_DEPTH) {
			throw error(NLS.bind(Messages.Json_tooDeep, MAX_DEPTH));
		}
	}

	private void expect(char c) throws JsonException {
		if (peek() != c) {
			throw error(NLS.bind(Messages.Json_expected, String.valueOf(c)));
		}
		pos++;
	}

	private char peek() {
		return pos < text.length() ? text.charAt(pos) : '\0';
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private void skipSpace() {
		while (pos < text.length()) {
			char c = text.charAt(pos);
			if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
				return;
			}
			pos++;
		}
	}

	private static String printable(char c) {
		return c < 0x20 || c > 0x7e ? String.format("U+%04X", (int) c) : String.valueOf(c); //$NON-NLS-1$
	}

	private JsonException error(String message) {
		int line = 1;
		int column = 1;
		for (int i = 0; i < Math.min(pos, text.length()); i++) {
			if (text.charAt(i) == '\n') {
				line++;
				column = 1;
			} else {
				column++;
			}
		}
		if (pos >= text.length() && message != Messages.Json_unexpectedEnd
				&& message != Messages.Json_unterminatedString) {
			message = Messages.Json_unexpectedEnd;
		}
		return new JsonException(line, column, message);
	}

	/** A JSON document that is not strict JSON, with the place of the first problem. */
	public static final class JsonException extends Exception {
		private static final long serialVersionUID = 1L;
		private final int line;
		private final int column;

		JsonException(int line, int column, String message) {
			super(line + ":" + column + ": " + message); //$NON-NLS-1$ //$NON-NLS-2$
			this.line = line;
			this.column = column;
		}

		public int line() {
			return line;
		}

		public int column() {
			return column;
		}
	}
}
