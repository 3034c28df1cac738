package org.eccworkbench.console.transport;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * An open byte stream to a console: a TCP connection or a serial line. Closing it, from any
 * thread, makes a blocked read on {@link #input()} end with an exception or end of stream soon
 * after, which is how a session stops a driver that hangs.
 */
public interface Transport extends AutoCloseable {

	/** Bytes from the console. */
	InputStream input();

	/** Bytes to the console. */
	OutputStream output();

	/** Where the stream goes, for messages and records, for example {@code tcp://localhost:4100}. */
	String describe();

	/** Closes the stream; never throws. */
	@Override
	void close();
}
