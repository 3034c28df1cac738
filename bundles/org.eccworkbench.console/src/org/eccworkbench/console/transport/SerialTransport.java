package org.eccworkbench.console.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import com.fazecast.jSerialComm.SerialPort;

/**
 * A serial line through jSerialComm: 8 data bits, no parity, one stop bit. Reads wait at most
 * {@value #POLL_MILLIS} ms at a time, so that {@link #close()} ends a blocked read promptly. A
 * pseudo-terminal path (such as one made by {@code socat}) opens like a real port.
 */
public final class SerialTransport implements Transport {

	static final int POLL_MILLIS = 200;

	private final SerialPort port;
	private final String description;
	private final InputStream input = new PortInput();
	private final OutputStream output = new PortOutput();
	private volatile boolean closed;

	private SerialTransport(SerialPort port, String description) {
		this.port = port;
		this.description = description;
	}

	/** Opens {@code device} at {@code baud}. */
	public static SerialTransport open(String device, int baud) throws IOException {
		SerialPort port;
		try {
			port = SerialPort.getCommPort(device);
		} catch (RuntimeException e) {
			throw new IOException(device + ": " + e.getMessage(), e);
		}
		port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
		port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING, POLL_MILLIS,
				0);
		if (!port.openPort()) {
			throw new IOException(device + ": cannot be opened (error " + port.getLastErrorCode() + ")");
		}
		return new SerialTransport(port, "serial:" + device + "@" + baud);
	}

	@Override
	public InputStream input() {
		return input;
	}

	@Override
	public OutputStream output() {
		return output;
	}

	@Override
	public String describe() {
		return description;
	}

	@Override
	public void close() {
		closed = true;
		port.closePort();
	}

	private final class PortInput extends InputStream {
		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (length == 0) {
				return 0;
			}
			while (!closed) {
				int read = port.readBytes(buffer, length, offset);
				if (read > 0) {
					return read;
				}
				if (read < 0) {
					throw new IOException(description + ": read failed (error " + port.getLastErrorCode() + ")");
				}
			}
			return -1;
		}
	}

	private final class PortOutput extends OutputStream {
		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] buffer, int offset, int length) throws IOException {
			int written = 0;
			while (written < length) {
				if (closed) {
					throw new IOException(description + ": closed");
				}
				int n = port.writeBytes(buffer, length - written, offset + written);
				if (n < 0) {
					throw new IOException(description + ": write failed (error " + port.getLastErrorCode() + ")");
				}
				written += n;
			}
		}
	}
}
