package org.eccworkbench.ui.console.internal;

import java.time.Instant;

/**
 * The recent values of one channel, in a fixed ring of primitive arrays: appending never
 * allocates, and the oldest values are overwritten once the ring is full. Thread-safe.
 */
final class TrendBuffer {

	private final long[] millis;
	private final double[] values;
	private int next;
	private int size;

	TrendBuffer(int capacity) {
		millis = new long[capacity];
		values = new double[capacity];
	}

	synchronized void add(Instant time, double value) {
		millis[next] = time.toEpochMilli();
		values[next] = value;
		next = (next + 1) % millis.length;
		size = Math.min(size + 1, millis.length);
	}

	/**
	 * The values since {@code fromMillis}, oldest first, as {x, y} where x is the time in seconds
	 * relative to {@code nowMillis} (negative: in the past).
	 */
	synchronized double[][] since(long fromMillis, long nowMillis) {
		int start = (next - size + millis.length) % millis.length;
		int skip = 0;
		while (skip < size && millis[(start + skip) % millis.length] < fromMillis) {
			skip++;
		}
		int count = size - skip;
		double[] x = new double[count];
		double[] y = new double[count];
		for (int i = 0; i < count; i++) {
			int at = (start + skip + i) % millis.length;
			x[i] = (millis[at] - nowMillis) / 1000.0;
			y[i] = values[at];
		}
		return new double[][] { x, y };
	}

	synchronized void clear() {
		next = 0;
		size = 0;
	}
}
