package org.eccworkbench.console.transport;

import java.util.Objects;

/**
 * Where a console is: a TCP host and port, or a serial device (a path such as
 * {@code /dev/ttyUSB0} or a pseudo-terminal) and its baud rate.
 */
public record Endpoint(TransportKind kind, String host, int port, String device, int baud) {

	public Endpoint {
		Objects.requireNonNull(kind);
		if (kind == TransportKind.TCP && (host == null || port < 1 || port > 65_535)) {
			throw new IllegalArgumentException("a TCP endpoint needs a host and a port in 1..65535");
		}
		if (kind == TransportKind.SERIAL && (device == null || baud < 1)) {
			throw new IllegalArgumentException("a serial endpoint needs a device and a baud rate");
		}
	}

	/** A TCP endpoint. */
	public static Endpoint tcp(String host, int port) {
		return new Endpoint(TransportKind.TCP, host, port, null, 0);
	}

	/** A serial endpoint. */
	public static Endpoint serial(String device, int baud) {
		return new Endpoint(TransportKind.SERIAL, null, 0, device, baud);
	}

	@Override
	public String toString() {
		return kind == TransportKind.TCP ? "tcp://" + host + ":" + port : "serial:" + device + "@" + baud;
	}
}
