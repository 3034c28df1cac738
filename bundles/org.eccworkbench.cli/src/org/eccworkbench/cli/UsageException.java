package org.eccworkbench.cli;

/**
 * Thrown by a subcommand whose arguments cannot be accepted. The message names the argument and
 * what is allowed, for example {@code --weight-kg must be between 0.3 and 400 kg, got -2}.
 */
public class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
