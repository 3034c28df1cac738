package org.eccworkbench.cli;

import java.util.List;

/**
 * One subcommand of the headless command line {@code eccw}, contributed through the extension
 * point {@code org.eccworkbench.cli.subcommands}.
 * <p>
 * Implementations print human-readable text to {@link CommandIO#out()} (JSON when the user asks
 * for {@code --json}), explain problems on {@link CommandIO#err()}, and never print a stack
 * trace: the dispatcher reports an unexpected exception in one line and exits with
 * {@link ExitCode#INTERNAL_ERROR}.
 */
public interface Subcommand {

	/**
	 * Runs the subcommand.
	 *
	 * @param args the arguments after the subcommand's name
	 * @param io   where to write results and messages
	 * @return an exit code from {@link ExitCode}
	 * @throws UsageException when the arguments cannot be accepted; the dispatcher prints its
	 *                        message and the subcommand's usage, and exits with {@link ExitCode#USAGE}
	 * @throws Exception      on an unexpected failure
	 */
	int run(List<String> args, CommandIO io) throws Exception;
}
