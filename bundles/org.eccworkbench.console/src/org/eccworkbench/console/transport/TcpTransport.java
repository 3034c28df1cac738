package org.eccworkbench.console.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/** A TCP connection to a console, with {@code TCP_NODELAY} so that commands leave at once. */
public final class TcpTransport implements Transport {

	private final Socket socket;
	private final InputStream input;
	private final OutputStream output;
	private final String description;

	private TcpTransport(Socket socket, String description) throws IOException {
		this.socket = socket;
		this.input = socket.getInputStream();
		this.output = socket.getOutputStream();
		this.description = description;
	}

	/** Connects to {@code host:port} within {@code timeout}. */
	public static TcpTransport open(String host, int port, Duration timeout) throws IOException {
		Socket socket = new Socket();
		try {
			socket.setTcpNoDelay(true);
			socket.setReceiveBufferSize(1 << 20);
			socket.connect(new InetSocketAddress(host, port), (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
			return new TcpTransport(socket, "tcp://" + host + ":" + port);
		} catch (IOException e) {
			socket.close();
			throw e;
		}
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
		try {
			socket.close();
		} catch (IOException e) {
			// Closing a socket that failed: nothing is left to release.
		}
	}
}
