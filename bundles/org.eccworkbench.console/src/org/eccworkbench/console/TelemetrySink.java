package org.eccworkbench.console;

/**
 * Where a {@link DriverLink} reports what it reads. Implemented by the session; every method
 * returns at once (samples go to a bounded queue, whose overflow is counted).
 */
public interface TelemetrySink {

	/** A measured or set value, as the console sent it. */
	void sample(Sample sample);

	/** An alarm that starts or ends. */
	void alarm(Alarm alarm);

	/** The console changed its mode, for example left training mode. */
	void mode(ConsoleMode mode);

	/** A frame that could not be read (bad checksum, unknown type, bad field); it is skipped. */
	void malformed(String reason);

	/** Frames were lost on the link: the console's sequence went from {@code expected} to {@code received}. */
	void sequenceGap(long expected, long received);

	/** The console's answer to the command {@code commandId}. */
	void acknowledged(String commandId, boolean accepted, String reason);
}
