package org.eccworkbench.console.simulated;

import java.io.IOException;
import java.time.Duration;

import org.eccworkbench.console.ConsoleDriver;
import org.eccworkbench.console.DriverLink;
import org.eccworkbench.console.transport.Transport;

/**
 * The driver of the virtual heart-lung machine, and of any console that speaks the open ECC
 * Workbench console protocol (docs/console-protocol.md) over TCP or a serial line.
 */
public final class SimulatedConsoleDriver implements ConsoleDriver {

	@Override
	public DriverLink open(Transport transport, Duration helloTimeout) throws IOException {
		return SimulatedLink.open(transport, helloTimeout);
	}
}
