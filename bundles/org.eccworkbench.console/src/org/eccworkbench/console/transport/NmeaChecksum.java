package org.eccworkbench.console.transport;

/**
 * The NMEA 0183 style checksum of a text frame: the exclusive or of every character between the
 * start character and {@code *}, written as two upper-case hexadecimal digits after the {@code *}.
 */
public final class NmeaChecksum {

	private NmeaChecksum() {
	}

	/** The checksum of {@code text[from, to)}. */
	public static int of(CharSequence text, int from, int to) {
		int sum = 0;
		for (int i = from; i < to; i++) {
			sum ^= text.charAt(i);
		}
		return sum & 0xff;
	}

	/**
	 * The frame without its start character and checksum, if {@code line} is
	 * {@code <start>body*HH} with the right checksum; null otherwise.
	 */
	public static String verifiedBody(String line) {
		int star = line.lastIndexOf('*');
		if (line.isEmpty() || star < 1 || star != line.length() - 3) {
			return null;
		}
		int expected;
		try {
			expected = Integer.parseInt(line.substring(star + 1), 16);
		} catch (NumberFormatException e) {
			return null;
		}
		return of(line, 1, star) == expected ? line.substring(1, star) : null;
	}

	/** {@code body} framed as {@code <start>body*HH}. */
	public static String frame(char start, String body) {
		return start + body + '*' + String.format("%02X", of(body, 0, body.length()));
	}
}
