package org.eccworkbench.cli.tests;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A strict reader of one flat JSON object (string, number, boolean and null members), enough to
 * check the {@code --json} output of subcommands without a JSON library. Anything else, or
 * trailing text, fails with the position.
 */
final class FlatJson {

	private final String text;
	private int at;

	private FlatJson(String text) {
		this.text = text;
	}

	/** The members of the object in {@code text}: String, Double, Boolean or null values. */
	static Map<String, Object> parse(String text) {
		FlatJson reader = new FlatJson(text.strip());
		Map<String, Object> members = reader.object();
		if (reader.at != reader.text.length()) {
			throw reader.error("trailing text");
		}
		return members;
	}

	private Map<String, Object> object() {
		Map<String, Object> members = new LinkedHashMap<>();
		expect('{');
		skipSpace();
		if (peek() == '}') {
			at++;
			return members;
		}
		while (true) {
			skipSpace();
			String key = string();
			skipSpace();
			expect(':');
			skipSpace();
			if (members.containsKey(key)) {
				throw error("duplicate key " + key);
			}
			members.put(key, value());
			skipSpace();
			char c = next();
			if (c == '}') {
				return members;
			}
			if (c != ',') {
				throw error("',' or '}' expected");
			}
		}
	}

	private Object value() {
		char c = peek();
		if (c == '"') {
			return string();
		}
		for (String word : new String[] { "true", "false", "null" }) {
			if (text.startsWith(word, at)) {
				at += word.length();
				return word.equals("null") ? null : Boolean.valueOf(word);
			}
		}
		int start = at;
		while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
		String number = text.substring(start, at);
		if (!number.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
			throw error("not a JSON number: '" + number + "'");
		}
		return Double.valueOf(number);
	}

	private String string() {
		expect('"');
		StringBuilder value = new StringBuilder();
		while (true) {
			char c = next();
			if (c == '"') {
				return value.toString();
			}
			if (c < 0x20) {
				throw error("unescaped control character");
			}
			if (c != '\\') {
				value.append(c);
				continue;
			}
			char escaped = next();
			switch (escaped) {
			case '"', '\\', '/' -> value.append(escaped);
			case 'n' -> value.append('\n');
			case 'r' -> value.append('\r');
			case 't' -> value.append('\t');
			case 'b' -> value.append('\b');
			case 'f' -> value.append('\f');
			case 'u' -> {
				value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
				at += 4;
			}
			default -> throw error("bad escape \\" + escaped);
			}
		}
	}

	private void skipSpace() {
		while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
	}

	private char peek() {
		if (at >= text.length()) {
			throw error("unexpected end");
		}
		return text.charAt(at);
	}

	private char next() {
		char c = peek();
		at++;
		return c;
	}

	private void expect(char c) {
		if (next() != c) {
			throw error("'" + c + "' expected");
		}
	}

	private IllegalArgumentException error(String problem) {
		return new IllegalArgumentException(problem + " at " + at + " in " + text);
	}
}
