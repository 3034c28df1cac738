package org.eccworkbench.console.registry;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eccworkbench.console.ConsoleDriver;
import org.eccworkbench.console.transport.TransportKind;

/**
 * What a contribution to {@code org.eccworkbench.console.drivers} declares, enough to list and
 * describe the driver without loading its code. Immutable; {@link #createDriver()} loads the
 * driver (its class, or its frame description) the first time a user connects.
 *
 * @param id         unique identifier, for example {@code org.eccworkbench.console.simulated}
 * @param name       the driver's name, in the user's language
 * @param vendor     who makes the console
 * @param models     the console models the driver supports
 * @param transports how the consoles are reached
 * @param replaces   the identifier of a driver this one supersedes, or empty
 * @param icon       a path in the contributing bundle, or empty
 * @param declarative whether the driver is a frame description rather than a class
 * @param contributor the symbolic name of the contributing bundle
 */
public record DriverDescriptor(String id, String name, String vendor, List<String> models,
		Set<TransportKind> transports, Optional<String> replaces, Optional<String> icon, boolean declarative,
		String contributor, DriverLoader loader) {

	public DriverDescriptor {
		Objects.requireNonNull(id);
		Objects.requireNonNull(name);
		Objects.requireNonNull(vendor);
		models = List.copyOf(models);
		transports = Set.copyOf(transports);
		Objects.requireNonNull(replaces);
		Objects.requireNonNull(icon);
		Objects.requireNonNull(contributor);
		Objects.requireNonNull(loader);
	}

	/** The driver, created on the first call and kept. */
	public ConsoleDriver createDriver() throws DriverLoadException {
		return loader.load();
	}

	/** Whether {@link #createDriver()} has been called with success (for tests of laziness). */
	public boolean isLoaded() {
		return loader.isLoaded();
	}
}
