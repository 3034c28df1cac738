package org.eccworkbench.sim;

/** A scenario file that is not strict JSON or not a valid scenario; the message names the place. */
public final class ScenarioException extends Exception {

	private static final long serialVersionUID = 1L;

	public ScenarioException(String message) {
		super(message);
	}
}
