package org.eccworkbench.console.simulated.protocol;

/** A line that is not a well-formed frame. */
public final class FrameException extends Exception {

	private static final long serialVersionUID = 1L;

	/** Why the line is not a frame. */
	public enum Reason {
		/** No {@code $...*HH} shape. */
		NOT_A_FRAME,
		/** The checksum does not match. */
		CHECKSUM,
		/** The sequence number is not a number. */
		SEQUENCE,
		/** A field is not {@code key=value}. */
		FIELD
	}

	private final Reason reason;

	public FrameException(Reason reason) {
		super(reason.name());
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
