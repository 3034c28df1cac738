package org.eccworkbench.console.tck;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.eccworkbench.console.Command;
import org.eccworkbench.console.ConsoleMode;
import org.eccworkbench.console.transport.Endpoint;

/**
 * A line-based console served over TCP from this process, for drivers of consoles that send one
 * text line per reading: the vendor gives the line for each tick, the fixture sends it at the
 * frame rate to every connected host and injects the faults. {@link #kill()} closes the port and
 * resets every connection; {@link #start()} opens the same port again. Lines from hosts are
 * counted as commands. The console has one mode, clinical.
 */
public final class LineConsoleFixture implements ConsoleFixture {

	/** The console's line for a tick: tick 0, 1, 2... at {@code time}. */
	@FunctionalInterface
	public interface LineSource {
		String line(long tick, Instant time);
	}

	private final LineSource source;
	private final double rateHz;
	private final List<Socket> hosts = new CopyOnWriteArrayList<>();
	private final AtomicLong received = new AtomicLong();
	private volatile ServerSocket server;
	private volatile int port;
	private volatile long stallUntil;
	private volatile long floodUntil;
	private volatile int floodFactor = 1;
	private volatile int garbage;
	private long tick;
	private Thread streamer;
	private volatile boolean closed;

	public LineConsoleFixture(LineSource source, double rateHz) {
		this.source = source;
		this.rateHz = rateHz;
	}

	@Override
	public synchronized void start() throws IOException {
		ServerSocket socket = new ServerSocket();
		socket.setReuseAddress(true);
		socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		port = socket.getLocalPort();
		server = socket;
		Thread acceptor = new Thread(() -> accept(socket), "tck-line-console-accept");
		acceptor.setDaemon(true);
		acceptor.start();
		if (streamer == null) {
			streamer = new Thread(this::stream, "tck-line-console-stream");
			streamer.setDaemon(true);
			streamer.start();
		}
	}

	private void accept(ServerSocket socket) {
		try {
			while (true) {
				Socket host = socket.accept();
				host.setTcpNoDelay(true);
				hosts.add(host);
				Thread reader = new Thread(() -> count(host), "tck-line-console-read");
				reader.setDaemon(true);
				reader.start();
			}
		} catch (IOException e) {
			// The port was closed by kill() or close().
		}
	}

	private void count(Socket host) {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(host.getInputStream(), StandardCharsets.UTF_8))) {
			while (in.readLine() != null) {
				received.incrementAndGet();
			}
		} catch (IOException e) {
			// The host went away.
		}
	}

	private void stream() {
		long next = System.nanoTime();
		while (!closed) {
			long now = System.nanoTime();
			if (now < stallUntil) {
				LockSupport.parkNanos(5_000_000);
				next = System.nanoTime();
				continue;
			}
			double rate = rateHz * (now < floodUntil ? floodFactor : 1);
			if (now - next < 0) {
				LockSupport.parkNanos(Math.min(next - now, 5_000_000));
				continue;
			}
			next += (long) (1e9 / rate);
			StringBuilder lines = new StringBuilder();
			for (int i = garbage; i > 0; i--) {
				lines.append(i % 2 == 0 ? "#@!\u0001 not a frame %%%%" : "=".repeat(5000)).append('\n');
			}
			garbage = 0;
			lines.append(source.line(tick++, Instant.now())).append('\n');
			send(lines.toString().getBytes(StandardCharsets.ISO_8859_1));
		}
	}

	private void send(byte[] bytes) {
		for (Socket host : hosts) {
			try {
				OutputStream out = host.getOutputStream();
				out.write(bytes);
				out.flush();
			} catch (IOException e) {
				hosts.remove(host);
				closeQuietly(host);
			}
		}
	}

	@Override
	public Endpoint endpoint() {
		return Endpoint.tcp("127.0.0.1", port);
	}

	@Override
	public synchronized void kill() throws IOException {
		ServerSocket socket = server;
		if (socket != null) {
			socket.close();
		}
		for (Socket host : hosts) {
			try {
				host.setSoLinger(true, 0);
			} catch (IOException e) {
				// Already reset.
			}
			closeQuietly(host);
		}
		hosts.clear();
	}

	@Override
	public void garbage(int lines) {
		garbage = lines;
	}

	@Override
	public void stall(Duration length) {
		stallUntil = System.nanoTime() + length.toNanos();
	}

	@Override
	public void flood(int factor, Duration length) {
		floodFactor = factor;
		floodUntil = System.nanoTime() + length.toNanos();
	}

	@Override
	public double frameRateHz() {
		return rateHz;
	}

	@Override
	public void mode(ConsoleMode mode) {
		throw new UnsupportedOperationException("a line console has a single mode");
	}

	@Override
	public long commandsReceived() {
		return received.get();
	}

	@Override
	public Optional<Command> acceptedCommand() {
		return Optional.empty();
	}

	@Override
	public void close() throws IOException {
		closed = true;
		kill();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		} catch (IOException e) {
			// Nothing left to release.
		}
	}
}
