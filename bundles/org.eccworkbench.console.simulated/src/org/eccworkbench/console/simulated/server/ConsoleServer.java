package org.eccworkbench.console.simulated.server;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

import org.eccworkbench.sim.CircuitException;

/**
 * Serves the virtual console on a TCP port (one host at a time; a new host replaces the previous
 * one) or on a pseudo-terminal (the console streams from the start, and describes itself again on
 * every REQ).
 */
public final class ConsoleServer {

	private final ServerOptions options;
	private final VirtualConsole console;
	private final ConsoleCase consoleCase;
	private final PrintStream log;
	private final java.util.concurrent.CompletableFuture<Integer> bound = new java.util.concurrent.CompletableFuture<>();

	/**
	 * A server of the case that {@code options} name ({@link ConsoleCase#read}).
	 *
	 * @throws IllegalArgumentException with a message for the user when a file cannot be read
	 * @throws CircuitException         when the engine cannot simulate the circuit
	 */
	public ConsoleServer(ServerOptions options, PrintStream log) throws CircuitException {
		this(options, ConsoleCase.read(options), log);
	}

	/** A server of {@code consoleCase}. */
	public ConsoleServer(ServerOptions options, ConsoleCase consoleCase, PrintStream log) throws CircuitException {
		this.options = options;
		this.consoleCase = consoleCase;
		this.console = new VirtualConsole(consoleCase, options.seed(), options.rateHz(), options.mode(), log);
		this.log = log;
	}

	/** The console, for the control lines. */
	public VirtualConsole console() {
		return console;
	}

	/** The TCP port, once bound (for {@code --port 0}). */
	public java.util.concurrent.CompletableFuture<Integer> boundPort() {
		return bound;
	}

	/** Serves until the process ends; returns only when the port or device fails. */
	public void serve() throws IOException {
		try {
			serveOnce();
		} catch (IOException | RuntimeException e) {
			bound.completeExceptionally(e);
			throw e;
		}
	}

	private void serveOnce() throws IOException {
		if (options.pty() != null) {
			servePty();
		} else {
			serveTcp();
		}
	}

	private void serveTcp() throws IOException {
		try (ServerSocket server = new ServerSocket()) {
			server.setReuseAddress(true);
			server.bind(new InetSocketAddress(InetAddress.getByName(options.bind()), options.port()));
			bound.complete(server.getLocalPort());
			listening("tcp://" + options.bind() + ":" + server.getLocalPort());
			Socket previous = null;
			while (true) {
				Socket host = server.accept();
				host.setTcpNoDelay(true);
				host.setSendBufferSize(1 << 20);
				if (previous != null) {
					previous.close();
				}
				previous = host;
				Thread link = new Thread(() -> streamTo(host), "vh1-link");
				link.setDaemon(true);
				link.start();
			}
		}
	}

	private void streamTo(Socket host) {
		String who = host.getRemoteSocketAddress().toString();
		log.println(ServerText.get("serve.client", who));
		try (host) {
			new LinkStreamer(console, host.getInputStream(), new java.io.BufferedOutputStream(host.getOutputStream(), 1 << 16),
					false, log).run();
		} catch (IOException e) {
			log.println(ServerText.get("serve.clientGone", who));
		}
	}

	private void servePty() throws IOException {
		listening(options.pty());
		try (FileInputStream in = new FileInputStream(options.pty());
				FileOutputStream out = new FileOutputStream(options.pty())) {
			new LinkStreamer(console, in, new java.io.BufferedOutputStream(out, 1 << 16), true, log).run();
		}
	}

	private void listening(String where) {
		log.println(ServerText.get("serve.listening", Long.toString(options.seed()), options.rateHz(), options.mode(), where));
		log.println(ServerText.get("serve.case", consoleCase.source(), consoleCase.scenario().name()));
		log.println(ServerText.get("serve.control"));
		log.flush();
	}
}
