package org.eccworkbench.console.transport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads text lines (ended by LF, an optional CR before it removed) from a console's byte stream,
 * for line-based protocols. A line longer than the limit is cut and reported as such, so that a
 * console sending garbage without line ends cannot make the reader grow without bound.
 */
public final class LineReader {

	/** A line, or a sign that the line was too long ({@code overlong}, its text cut). */
	public record Line(String text, boolean overlong) {
	}

	private final InputStream input;
	private final byte[] buffer = new byte[8192];
	private final byte[] line;
	private int position;
	private int limit;

	/** Reads {@code input}, with lines of at most {@code maxLength} bytes. */
	public LineReader(InputStream input, int maxLength) {
		this.input = input;
		this.line = new byte[maxLength];
	}

	/** The next line, or null at the end of the stream. */
	public Line next() throws IOException {
		int length = 0;
		boolean overlong = false;
		while (true) {
			if (position == limit) {
				limit = input.read(buffer, 0, buffer.length);
				position = 0;
				if (limit <= 0) {
					limit = 0;
					return length > 0 || overlong ? finish(length, overlong) : null;
				}
			}
			byte b = buffer[position++];
			if (b == '\n') {
				return finish(length, overlong);
			}
			if (length < line.length) {
				line[length++] = b;
			} else {
				overlong = true;
			}
		}
	}

	private Line finish(int length, boolean overlong) {
		int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
		return new Line(new String(line, 0, end, StandardCharsets.ISO_8859_1), overlong);
	}
}
