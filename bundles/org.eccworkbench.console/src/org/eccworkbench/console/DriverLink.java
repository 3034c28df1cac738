package org.eccworkbench.console;

import java.io.IOException;

/**
 * One open conversation between a driver and a console, from its description to the end of the
 * link. Only the session's reader thread calls {@link #readNext}; {@link #send} is called on the
 * session's command thread, and only while the console reports a mode that
 * {@linkplain ConsoleMode#acceptsCommands() accepts commands}.
 */
public interface DriverLink extends AutoCloseable {

	/** What the console said it is, read by {@link ConsoleDriver#open}. */
	ConsoleDescription description();

	/**
	 * Reads the next frame and reports what it holds to {@code sink}: samples, alarms, a changed
	 * mode, a command's acknowledgement, or a malformed frame.
	 *
	 * @return false at the end of the stream (the console closed the link)
	 * @throws IOException when the link fails
	 */
	boolean readNext(TelemetrySink sink) throws IOException;

	/**
	 * Writes a command to the console. The console answers through
	 * {@link TelemetrySink#acknowledged}.
	 *
	 * @throws IOException when the link fails
	 * @throws UnsupportedOperationException when the driver cannot send commands
	 */
	void send(Command command) throws IOException;

	/** Releases what the link holds; the session closes the transport itself. Never throws. */
	@Override
	void close();
}
