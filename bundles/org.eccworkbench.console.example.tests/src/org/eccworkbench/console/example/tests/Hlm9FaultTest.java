package org.eccworkbench.console.example.tests;

import org.eccworkbench.console.ConsoleDriver;
import org.eccworkbench.console.example.Hlm9Driver;
import org.eccworkbench.console.tck.FaultSuite;
import org.eccworkbench.console.tck.ConsoleFixture;
import org.eccworkbench.console.tck.LineConsoleFixture;

/** The test kit's fault suite for the HLM-9 example driver. */
class Hlm9FaultTest extends FaultSuite {

	@Override
	protected ConsoleDriver createDriver() {
		return new Hlm9Driver();
	}

	@Override
	protected ConsoleFixture createFixture() {
		return new LineConsoleFixture(new Hlm9Lines(), 20);
	}
}
