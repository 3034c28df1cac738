package org.eccworkbench.cli;

import java.io.PrintStream;

/**
 * Where a subcommand writes: results to {@code out}, problems and progress to {@code err}, so that
 * {@code out} stays parseable (for example with {@code --json}).
 */
public record CommandIO(PrintStream out, PrintStream err) {

	/** The process's standard output and standard error. */
	public static CommandIO system() {
		return new CommandIO(System.out, System.err);
	}
}
