package org.eccworkbench.console;

/** How far a sample can be trusted. */
public enum Quality {
	/** Measured and within the sensor's range. */
	GOOD,
	/** Sent by the console with a warning (sensor out of calibration, value out of range). */
	QUESTIONABLE,
	/** The console sent no usable value for the channel (for example dashes). */
	INVALID,
	/**
	 * The link is lost: no value is known. The session reports every channel so when it loses the
	 * console, so that no earlier value is taken for a live one.
	 */
	LOST
}
