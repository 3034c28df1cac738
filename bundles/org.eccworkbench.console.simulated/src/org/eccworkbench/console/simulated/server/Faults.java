package org.eccworkbench.console.simulated.server;

/**
 * Faults injected into the virtual console's stream, for tests and demonstrations: garbage lines,
 * a stall (the link stays open, nothing is sent), a flood (frames sent faster).
 */
final class Faults {

	private int garbage;
	private long stallUntil;
	private long floodUntil;
	private int floodFactor = 1;

	synchronized void garbage(int lines) {
		garbage += lines;
	}

	synchronized int takeGarbage() {
		int lines = garbage;
		garbage = 0;
		return lines;
	}

	synchronized void stall(double seconds) {
		stallUntil = System.nanoTime() + (long) (seconds * 1e9);
	}

	synchronized boolean stalled(long now) {
		return now < stallUntil;
	}

	synchronized void flood(int factor, double seconds) {
		floodFactor = Math.max(1, factor);
		floodUntil = System.nanoTime() + (long) (seconds * 1e9);
	}

	/** How many times faster than nominal frames go now. */
	synchronized int speedUp(long now) {
		return now < floodUntil ? floodFactor : 1;
	}
}
