package org.eccworkbench.console.simulated.tests;

import org.eccworkbench.console.ConsoleDriver;
import org.eccworkbench.console.registry.DriverRegistry;
import org.eccworkbench.console.tck.ConnectionSuite;
import org.eccworkbench.console.tck.ConsoleFixture;
import org.eccworkbench.console.tck.LineConsoleFixture;

/**
 * The test kit's connection suite: the declarative driver of drivers/example-monitor.properties,
 * loaded through the registry as a user's connection loads it, over TCP.
 */
class DeclarativeConnectionTest extends ConnectionSuite {

	@Override
	protected ConsoleDriver createDriver() throws Exception {
		return DriverRegistry.fromExtensions().find("org.eccworkbench.console.example.monitor").orElseThrow().createDriver();
	}

	@Override
	protected ConsoleFixture createFixture() throws Exception {
		return new LineConsoleFixture(new ExampleMonitorLines(), ExampleMonitorLines.RATE_HZ);
	}
}
