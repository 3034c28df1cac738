package org.eccworkbench.console.registry;

/** A contributed driver could not be loaded: its class or its frame description is broken. */
public class DriverLoadException extends Exception {

	private static final long serialVersionUID = 1L;

	public DriverLoadException(String message, Throwable cause) {
		super(message, cause);
	}
}
