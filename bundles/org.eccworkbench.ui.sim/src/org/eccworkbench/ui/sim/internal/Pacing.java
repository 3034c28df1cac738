package org.eccworkbench.ui.sim.internal;

/**
 * How much simulated time a tick of the wall clock is worth at the chosen speed. A tick longer
 * than {@link #MAX_TICK_S} (the machine was busy, the debugger stopped) counts as that much: the
 * run slows down rather than jumping ahead.
 */
final class Pacing {

	/** The speeds offered, times real time. */
	static final int[] SPEEDS = { 1, 2, 5, 10, 20, 50, 100 };
	/** The longest wall-clock tick counted, s. */
	static final double MAX_TICK_S = 1;

	private volatile int speed = 1;

	int speed() {
		return speed;
	}

	/** @throws IllegalArgumentException when {@code times} is not one of {@link #SPEEDS} */
	void setSpeed(int times) {
		for (int offered : SPEEDS) {
			if (offered == times) {
				speed = times;
				return;
			}
		}
		throw new IllegalArgumentException("speed " + times); //$NON-NLS-1$
	}

	/** Simulated seconds due for {@code wallSeconds} of real time. */
	double simulatedSeconds(double wallSeconds) {
		if (!(wallSeconds > 0)) {
			return 0;
		}
		return Math.min(wallSeconds, MAX_TICK_S) * speed;
	}
}
