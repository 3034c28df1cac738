package org.eccworkbench.console.simulated.tests;

import org.eccworkbench.console.ConsoleDriver;
import org.eccworkbench.console.simulated.SimulatedConsoleDriver;
import org.eccworkbench.console.tck.ConnectionSuite;
import org.eccworkbench.console.tck.ConsoleFixture;

/** The test kit's connection suite: the virtual console's driver over a socat pseudo-terminal pair (jSerialComm), the console in its own process. */
class SimulatedPtyConnectionTest extends ConnectionSuite {

	@Override
	protected ConsoleDriver createDriver() {
		return new SimulatedConsoleDriver();
	}

	@Override
	protected ConsoleFixture createFixture() throws Exception {
		return VirtualConsoleProcess.pty();
	}
}
