package org.eccworkbench.console.simulated.server;

import java.util.List;

/**
 * Runs the virtual console as a plain Java process, without OSGi: the same console as
 * {@code eccw console serve}, for tests that kill it. Exit code 2 for bad arguments, 3 when the
 * port or device fails.
 */
public final class ServeMain {

	private ServeMain() {
	}

	public static void main(String[] args) {
		int code = run(List.of(args));
		if (code != 0) {
			System.exit(code);
		}
	}

	/** Serves as {@code args} say; returns only on failure, with the exit code. */
	public static int run(List<String> args) {
		ServerOptions options;
		try {
			options = ServerOptions.parse(args);
		} catch (IllegalArgumentException e) {
			System.err.println(e.getMessage());
			return 2;
		}
		ConsoleServer server = new ConsoleServer(options, System.out);
		Control.listen(server.console(), System.in, System.out);
		try {
			server.serve();
			return 0;
		} catch (java.io.IOException | RuntimeException e) {
			System.err.println(ServerText.get("serve.failed", e.getMessage()));
			return 3;
		}
	}
}
