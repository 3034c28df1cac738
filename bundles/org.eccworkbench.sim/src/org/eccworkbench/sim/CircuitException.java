package org.eccworkbench.sim;

/** A circuit the engine cannot simulate (no blood path, no arterial pump, ...); the message says why. */
public final class CircuitException extends Exception {

	private static final long serialVersionUID = 1L;

	public CircuitException(String message) {
		super(message);
	}
}
