package org.eccworkbench.console.declarative;

/** A frame description file that cannot be used; the message names the key and the file. */
public class FrameFormatException extends Exception {

	private static final long serialVersionUID = 1L;

	public FrameFormatException(String message) {
		super(message);
	}
}
