package org.eccworkbench.console;

import java.io.IOException;
import java.time.Duration;

import org.eccworkbench.console.transport.Transport;

/**
 * The driver of one family of heart-lung machine consoles, contributed through the extension
 * point {@code org.eccworkbench.console.drivers}. A driver knows the console's wire protocol and
 * nothing else: the {@link ConsoleSession} opens the transport, runs the driver on its own
 * threads, watches it with timeouts, reconnects, and delivers what it reads to listeners.
 * <p>
 * Implementations have a public constructor without arguments and keep no state between links:
 * the registry creates the class only when a user connects.
 */
public interface ConsoleDriver {

	/**
	 * Starts talking to a console over an open transport: asks for, and reads, the console's
	 * description. Called on a session thread; the session closes {@code transport} if this does
	 * not return within {@code helloTimeout}.
	 *
	 * @throws IOException when the link fails or the console does not describe itself
	 */
	DriverLink open(Transport transport, Duration helloTimeout) throws IOException;
}
