package org.eccworkbench.console.simulated.internal;

import java.io.IOException;
import java.util.List;

import org.eccworkbench.cli.CommandIO;
import org.eccworkbench.cli.ExitCode;
import org.eccworkbench.cli.Subcommand;
import org.eccworkbench.cli.UsageException;
import org.eccworkbench.console.simulated.PlainConsole;
import org.eccworkbench.console.simulated.server.ConsoleCase;
import org.eccworkbench.console.simulated.server.ConsoleServer;
import org.eccworkbench.console.simulated.server.Control;
import org.eccworkbench.console.simulated.server.ServerOptions;
import org.eccworkbench.sim.CircuitException;
import org.eclipse.osgi.util.NLS;

/**
 * {@code eccw console serve (--port N | --pty PATH) [--circuit FILE.ecc] [--scenario FILE.json]
 * [--seed N] [--rate HZ] [--mode M] [--bind ADDR]}: runs the virtual heart-lung machine in this
 * process until it is stopped (or {@code quit} on standard input). The simulation engine runs the
 * circuit (the contributed adult template unless {@code --circuit}) with its patient.
 */
public final class ServeCommand implements Subcommand {

	@Override
	public int run(List<String> args, CommandIO io) throws UsageException {
		ServerOptions options;
		try {
			options = ServerOptions.parse(args);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		ConsoleServer server;
		try {
			boolean template = options.circuit() == null;
			if (template) {
				options = options.withCircuit(PlainConsole.defaultCircuit().toString());
			}
			ConsoleCase read = ConsoleCase.read(options);
			server = new ConsoleServer(options, template ? read.withSource(ConsoleCase.DEFAULT_TEMPLATE) : read, io.out());
		} catch (IOException | IllegalArgumentException | CircuitException e) {
			io.err().println(NLS.bind(Messages.Serve_cannotStart, e.getMessage()));
			return ExitCode.INPUT_PROBLEM;
		}
		Control.listen(server.console(), System.in, io.out());
		try {
			server.serve();
			return ExitCode.OK;
		} catch (IOException e) {
			io.err().println(NLS.bind(Messages.Serve_failed, e.getMessage()));
			return ExitCode.INTERNAL_ERROR;
		}
	}
}
