package org.eccworkbench.console;

import java.time.Duration;
import java.util.Objects;

/**
 * The timeouts and bounds of a session.
 *
 * @param connectTimeout  to open the transport
 * @param helloTimeout    for the console to describe itself once the transport is open
 * @param degradedAfter   without a frame, the session is {@link SessionState#DEGRADED}
 * @param lostAfter       without a frame, the link is {@link SessionState#LOST} and closed
 * @param firstBackoff    the wait before the first reconnection; it doubles at each failure
 * @param maxBackoff      the longest wait between reconnections
 * @param queueCapacity   samples waiting for listeners; beyond it samples are dropped and counted
 * @param commandTimeout  for the console to acknowledge a command
 * @param goodFramesToRecover well-formed frames after which a session degraded by malformed
 *                        frames is connected again
 */
public record SessionOptions(Duration connectTimeout, Duration helloTimeout, Duration degradedAfter,
		Duration lostAfter, Duration firstBackoff, Duration maxBackoff, int queueCapacity, Duration commandTimeout,
		int goodFramesToRecover) {

	public SessionOptions {
		Objects.requireNonNull(connectTimeout);
		Objects.requireNonNull(helloTimeout);
		Objects.requireNonNull(firstBackoff);
		Objects.requireNonNull(maxBackoff);
		Objects.requireNonNull(commandTimeout);
		if (degradedAfter.compareTo(lostAfter) >= 0) {
			throw new IllegalArgumentException("degradedAfter must be shorter than lostAfter");
		}
		if (queueCapacity < 1 || goodFramesToRecover < 1) {
			throw new IllegalArgumentException("queueCapacity and goodFramesToRecover must be positive");
		}
	}

	/** Values for a console that sends frames several times a second. */
	public static SessionOptions defaults() {
		return new SessionOptions(Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofMillis(1500),
				Duration.ofSeconds(5), Duration.ofMillis(250), Duration.ofSeconds(5), 65_536, Duration.ofSeconds(5), 20);
	}

	/** These options with other frame timeouts. */
	public SessionOptions withFrameTimeouts(Duration degraded, Duration lost) {
		return new SessionOptions(connectTimeout, helloTimeout, degraded, lost, firstBackoff, maxBackoff, queueCapacity,
				commandTimeout, goodFramesToRecover);
	}

	/** These options with another queue capacity. */
	public SessionOptions withQueueCapacity(int capacity) {
		return new SessionOptions(connectTimeout, helloTimeout, degradedAfter, lostAfter, firstBackoff, maxBackoff,
				capacity, commandTimeout, goodFramesToRecover);
	}
}
