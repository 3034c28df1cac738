package org.eccworkbench.console.simulated.server;

import java.util.List;

/**
 * Runs the virtual console as a plain Java process, without OSGi: the same console as
 * {@code eccw console serve}, for tests that kill it (the class path needs the engine's bundles and
 * EMF: see {@code PlainConsole}). Exit code 2 for bad arguments or a circuit, patient or scenario
 * that cannot be read or simulated, 3 when the port or device fails. Without {@code --circuit} the
 * adult template is read from the class path.
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
		ConsoleServer server;
		try {
			server = new ConsoleServer(options, System.out);
		} catch (IllegalArgumentException | org.eccworkbench.sim.CircuitException e) {
			System.err.println(e.getMessage());
			return 2;
		}
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
