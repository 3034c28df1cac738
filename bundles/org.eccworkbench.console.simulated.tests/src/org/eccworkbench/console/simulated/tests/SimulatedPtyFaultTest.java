package org.eccworkbench.console.simulated.tests;

import org.eccworkbench.console.ConsoleDriver;
import org.eccworkbench.console.simulated.SimulatedConsoleDriver;
import org.eccworkbench.console.tck.FaultSuite;
import org.eccworkbench.console.tck.ConsoleFixture;

/** The test kit's fault suite: the virtual console's driver over a socat pseudo-terminal pair (jSerialComm), the console in its own process. */
class SimulatedPtyFaultTest extends FaultSuite {

	@Override
	protected ConsoleDriver createDriver() {
		return new SimulatedConsoleDriver();
	}

	@Override
	protected ConsoleFixture createFixture() throws Exception {
		return VirtualConsoleProcess.pty();
	}
}
