package org.eccworkbench.console.internal.session;

import java.time.Duration;

/** The wait before each reconnection: {@code first}, doubling up to {@code max}; reset on success. */
final class Backoff {

	private final Duration first;
	private final Duration max;
	private Duration next;

	Backoff(Duration first, Duration max) {
		this.first = first;
		this.max = max;
		this.next = first;
	}

	/** The wait before the next attempt; the one after it is twice as long. */
	synchronized Duration next() {
		Duration wait = next;
		Duration doubled = next.multipliedBy(2);
		next = doubled.compareTo(max) > 0 ? max : doubled;
		return wait;
	}

	/** After a successful connection the next wait is {@code first} again. */
	synchronized void reset() {
		next = first;
	}
}
