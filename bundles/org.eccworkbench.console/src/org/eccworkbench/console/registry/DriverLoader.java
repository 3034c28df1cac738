package org.eccworkbench.console.registry;

import org.eccworkbench.console.ConsoleDriver;

/**
 * Loads a driver once, on first use, and keeps it. Drivers keep no state between links, so one
 * instance serves every session.
 */
public final class DriverLoader {

	/** What loads the driver the first time. */
	@FunctionalInterface
	public interface Factory {
		ConsoleDriver create() throws DriverLoadException;
	}

	private final Factory factory;
	private volatile ConsoleDriver driver;

	public DriverLoader(Factory factory) {
		this.factory = factory;
	}

	synchronized ConsoleDriver load() throws DriverLoadException {
		if (driver == null) {
			driver = factory.create();
		}
		return driver;
	}

	boolean isLoaded() {
		return driver != null;
	}
}
