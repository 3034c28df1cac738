package org.eccworkbench.console.simulated.tests;

import org.eccworkbench.console.ConsoleDriver;
import org.eccworkbench.console.simulated.SimulatedConsoleDriver;
import org.eccworkbench.console.tck.CommandSuite;
import org.eccworkbench.console.tck.ConsoleFixture;

/** The test kit's command suite: the virtual console's driver over a socat pseudo-terminal pair (jSerialComm), the console in its own process. */
class SimulatedPtyCommandTest extends CommandSuite {

	@Override
	protected ConsoleDriver createDriver() {
		return new SimulatedConsoleDriver();
	}

	@Override
	protected ConsoleFixture createFixture() throws Exception {
		return VirtualConsoleProcess.pty();
	}
}
