package org.eccworkbench.console;

import java.util.Objects;

/**
 * A command to a console in simulation or training mode, for example {@code set-rpm 120} for
 * module {@code P1}. {@code id} identifies the console's acknowledgement.
 */
public record Command(String id, String module, String action, double value) {

	public Command {
		Objects.requireNonNull(id);
		Objects.requireNonNull(module);
		Objects.requireNonNull(action);
	}
}
