package org.eccworkbench.console.simulated.protocol;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One frame of the ECC Workbench console protocol (docs/console-protocol.md):
 * {@code $TYPE,SEQ,key=value,...*HH}, where {@code HH} is the exclusive or of every character
 * between {@code $} and {@code *}, in two upper-case hexadecimal digits. Values hold no
 * {@code , * $} and no line end. Plain Java, so that the virtual console runs without OSGi.
 */
public record Frame(String type, long sequence, Map<String, String> fields) {

	public Frame {
		fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
	}

	/** The value of {@code key}, or null. */
	public String get(String key) {
		return fields.get(key);
	}

	/** The frame as a line, without its line end. */
	public String encode() {
		StringBuilder body = new StringBuilder(64 + fields.size() * 16).append(type).append(',').append(sequence);
		fields.forEach((k, v) -> body.append(',').append(k).append('=').append(clean(v)));
		return seal(body);
	}

	/** {@code body} (without {@code $}) with its start character and checksum. */
	public static String seal(CharSequence body) {
		int sum = 0;
		for (int i = 0; i < body.length(); i++) {
			sum ^= body.charAt(i);
		}
		StringBuilder line = new StringBuilder(body.length() + 4).append('$').append(body).append('*');
		line.append(Character.toUpperCase(Character.forDigit((sum >> 4) & 0xf, 16)));
		line.append(Character.toUpperCase(Character.forDigit(sum & 0xf, 16)));
		return line.toString();
	}

	/** Makes a value safe to put in a frame. */
	public static String clean(String value) {
		StringBuilder clean = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			clean.append(c == ',' || c == '*' || c == '$' || c < 0x20 ? ' ' : c);
		}
		return clean.toString();
	}

	/**
	 * Reads a line.
	 *
	 * @throws FrameException when it is not a well-formed frame
	 */
	public static Frame decode(String line) throws FrameException {
		int length = line.length();
		if (length < 6 || line.charAt(0) != '$' || line.charAt(length - 3) != '*') {
			throw new FrameException(FrameException.Reason.NOT_A_FRAME);
		}
		int expected = Character.digit(line.charAt(length - 2), 16) << 4 | Character.digit(line.charAt(length - 1), 16);
		int sum = 0;
		for (int i = 1; i < length - 3; i++) {
			sum ^= line.charAt(i);
		}
		if (expected < 0 || sum != expected) {
			throw new FrameException(FrameException.Reason.CHECKSUM);
		}
		String[] parts = line.substring(1, length - 3).split(",", -1);
		if (parts.length < 2 || parts[0].isEmpty()) {
			throw new FrameException(FrameException.Reason.NOT_A_FRAME);
		}
		long sequence;
		try {
			sequence = Long.parseLong(parts[1]);
		} catch (NumberFormatException e) {
			throw new FrameException(FrameException.Reason.SEQUENCE);
		}
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 2; i < parts.length; i++) {
			int equals = parts[i].indexOf('=');
			if (equals <= 0) {
				throw new FrameException(FrameException.Reason.FIELD);
			}
			fields.put(parts[i].substring(0, equals), parts[i].substring(equals + 1));
		}
		return new Frame(parts[0], sequence, fields);
	}
}
