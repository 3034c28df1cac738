package org.eccworkbench.console.tck;

import java.time.Duration;
import java.util.Optional;

import org.eccworkbench.console.Command;
import org.eccworkbench.console.ConsoleMode;
import org.eccworkbench.console.transport.Endpoint;

/**
 * A console (real, emulated or simulated) that a test kit suite can start, kill and disturb. A
 * vendor implements it for the console the driver talks to; {@link LineConsoleFixture} serves a
 * line-based console from a generator in the test's own process.
 */
public interface ConsoleFixture extends AutoCloseable {

	/** Starts the console, or starts it again after {@link #kill()}, at the same endpoint. */
	void start() throws Exception;

	/** Where the driver reaches the console; valid after the first {@link #start()}. */
	Endpoint endpoint();

	/** Ends the console abruptly, in the middle of its stream (a crash, a pulled cable). */
	void kill() throws Exception;

	/** Makes the console send {@code lines} lines that are not valid frames. */
	void garbage(int lines) throws Exception;

	/** Makes the console send nothing for {@code length}, the link staying open. */
	void stall(Duration length) throws Exception;

	/** Makes the console send {@code factor} times as many frames for {@code length}. */
	void flood(int factor, Duration length) throws Exception;

	/** Frames per second the console sends normally. */
	double frameRateHz();

	/**
	 * Puts the console in {@code mode}.
	 *
	 * @throws UnsupportedOperationException when the console has a single mode
	 */
	void mode(ConsoleMode mode) throws Exception;

	/** Commands (or any host line) the console received so far. */
	long commandsReceived();

	/** A command the console accepts in training mode, if the driver sends commands. */
	Optional<Command> acceptedCommand();

	/** Stops the console for good and releases what the fixture holds. */
	@Override
	void close() throws Exception;
}
