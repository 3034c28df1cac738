package org.eccworkbench.console;

/**
 * Receives what a {@link ConsoleSession} sees, in order, on the session's dispatch thread (never
 * on the reader thread, never on the thread that started the session). A listener that throws is
 * logged and keeps receiving; a slow one makes the session drop samples, and count them, rather
 * than stall the link.
 */
public interface SessionListener {

	/** The session went from {@code from} to {@code to}; {@code reason} says why, in the user's language. */
	default void stateChanged(SessionState from, SessionState to, String reason) {
	}

	/** The console described itself (at every connection). */
	default void described(ConsoleDescription description) {
	}

	/** A sample, including the {@link Quality#LOST} ones the session reports when the link is lost. */
	default void sample(Sample sample) {
	}

	/** An alarm raised or cleared. */
	default void alarm(Alarm alarm) {
	}

	/** Values are missing for a time (the link was lost, or frames were skipped). */
	default void gap(Gap gap) {
	}

	/** Malformed frames were skipped since the last report. */
	default void malformed(long count, String lastReason) {
	}

	/** Samples were dropped because listeners did not keep up; {@code total} since the session started. */
	default void dropped(long count, long total) {
	}
}
