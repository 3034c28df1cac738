package org.eccworkbench.console;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.eccworkbench.console.internal.session.SessionEngine;
import org.eccworkbench.console.transport.Endpoint;
import org.eccworkbench.console.transport.TransportFactory;

/**
 * A link to one console through one driver, kept open until {@link #close()}: the session opens
 * the transport, reads the console's description, streams its samples and alarms to listeners,
 * watches the link (late frames make it {@link SessionState#DEGRADED}, no frames
 * {@link SessionState#LOST}) and reconnects with a doubling back-off.
 * <p>
 * Every method returns promptly: the driver runs on the session's own threads, listeners on a
 * dispatch thread behind a bounded queue. A command is sent only while the console reports
 * simulation or training mode; otherwise it is refused with the reason and never reaches the
 * console.
 */
public interface ConsoleSession extends AutoCloseable {

	/** A session that is not started yet, with the transports of this bundle. */
	static ConsoleSession create(ConsoleDriver driver, Endpoint endpoint, SessionOptions options) {
		return new SessionEngine(driver, endpoint, TransportFactory.standard(), options);
	}

	/** Adds a listener; add them before {@link #start()} to see everything. */
	void addListener(SessionListener listener);

	/** Starts connecting, on the session's threads, and returns at once. */
	void start();

	/** The current state. */
	SessionState state();

	/** The console's description, once it has given one. */
	Optional<ConsoleDescription> description();

	/** Waits, at most {@code timeout}, for the session to be in {@code state}; returns whether it is. */
	boolean awaitState(SessionState state, Duration timeout) throws InterruptedException;

	/**
	 * Sends a command to the console, if it is connected and in simulation or training mode. The
	 * future completes with the console's answer, or with a refusal and its reason (not connected,
	 * clinical mode, no answer in time); it never completes exceptionally.
	 */
	CompletableFuture<CommandResult> send(Command command);

	/** Samples dropped since the start because listeners did not keep up. */
	long droppedSamples();

	/** Malformed frames skipped since the start. */
	long malformedFrames();

	/** Stops the session, closes the link, and ends every listener with DISCONNECTED. */
	@Override
	void close();
}
