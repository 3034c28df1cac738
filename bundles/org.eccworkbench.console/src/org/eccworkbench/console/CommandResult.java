package org.eccworkbench.console;

import java.util.Objects;

/**
 * What became of a command: accepted by the console, or refused, by the session (never sent) or
 * by the console, with the reason.
 */
public record CommandResult(boolean accepted, boolean sent, String reason) {

	public CommandResult {
		Objects.requireNonNull(reason);
	}

	/** The console accepted the command. */
	public static CommandResult ok() {
		return new CommandResult(true, true, "");
	}

	/** The session refused to send the command. */
	public static CommandResult notSent(String reason) {
		return new CommandResult(false, false, reason);
	}

	/** The console answered that it refuses the command. */
	public static CommandResult refusedByConsole(String reason) {
		return new CommandResult(false, true, reason);
	}
}
