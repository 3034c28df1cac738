package org.eccworkbench.cli.internal;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

import org.eccworkbench.cli.Subcommand;

/**
 * What a contribution to {@code org.eccworkbench.cli.subcommands} declares. Immutable; the
 * implementation is created through {@code factory} only when the subcommand runs.
 */
public record SubcommandDescriptor(String name, String summary, String usage, String contributor,
		Callable<Subcommand> factory) {

	public SubcommandDescriptor {
		Objects.requireNonNull(name);
		Objects.requireNonNull(summary);
		Objects.requireNonNull(usage);
		Objects.requireNonNull(contributor);
		Objects.requireNonNull(factory);
	}

	/** The words of the name: {@code "calc bsa"} is {@code [calc, bsa]}. */
	public List<String> words() {
		return List.of(name.split(" "));
	}
}
