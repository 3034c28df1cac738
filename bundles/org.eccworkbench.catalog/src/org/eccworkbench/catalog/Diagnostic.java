package org.eccworkbench.catalog;

import java.util.Objects;

/**
 * A problem found in a catalog: the file (or contribution) it is in, the line (0 when no line
 * applies) and what is wrong, in the user's language.
 */
public record Diagnostic(String file, int line, String message) {

	public Diagnostic {
		Objects.requireNonNull(file);
		Objects.requireNonNull(message);
	}

	/** For example {@code oxygenators.ecccatalog:12: unknown element <figur>}. */
	@Override
	public String toString() {
		return line > 0 ? file + ":" + line + ": " + message : file + ": " + message; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
