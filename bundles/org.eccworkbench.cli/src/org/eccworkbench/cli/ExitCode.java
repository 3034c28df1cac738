package org.eccworkbench.cli;

/** The exit codes of {@code eccw}, the same for every subcommand. */
public final class ExitCode {

	/** The subcommand did what was asked. */
	public static final int OK = 0;
	/** The input has problems (for example a circuit with validation errors). */
	public static final int INPUT_PROBLEM = 1;
	/** The command line is wrong: unknown subcommand, missing or impossible argument. */
	public static final int USAGE = 2;
	/** Something failed that is not the user's input; the message names it. */
	public static final int INTERNAL_ERROR = 3;

	private ExitCode() {
	}
}
