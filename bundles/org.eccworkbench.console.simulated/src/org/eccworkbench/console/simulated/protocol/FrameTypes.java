package org.eccworkbench.console.simulated.protocol;

/** The frame types and field names of the protocol (docs/console-protocol.md). */
public final class FrameTypes {

	/** Console to host: who the console is. */
	public static final String HELLO = "HELLO";
	/** Console to host: one module, after HELLO. */
	public static final String MODULE = "MOD";
	/** Console to host: the description is complete, telemetry follows. */
	public static final String READY = "READY";
	/** Console to host: the values of one instant. */
	public static final String TELEMETRY = "TEL";
	/** Console to host: an alarm raised or cleared. */
	public static final String ALARM = "ALM";
	/** Console to host: the console changed mode. */
	public static final String MODE = "MODE";
	/** Console to host: the answer to a command. */
	public static final String ACK = "ACK";
	/** Host to console: describe yourself (then stream). */
	public static final String REQUEST = "REQ";
	/** Host to console: a command, accepted only in simulation or training mode. */
	public static final String COMMAND = "CMD";

	/** The protocol version in HELLO. */
	public static final String VERSION = "1";
	/** A value the console cannot give (out of range, sensor not ready). */
	public static final String INVALID = "--";
	/** Suffix of a value the console doubts. */
	public static final char QUESTIONABLE = '?';

	private FrameTypes() {
	}
}
