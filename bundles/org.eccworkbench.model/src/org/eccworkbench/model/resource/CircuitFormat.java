package org.eccworkbench.model.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eccworkbench.model.circuit.Circuit;

/**
 * Versions of the {@code .ecc} format. A circuit records the version it was written with
 * ({@link Circuit#getModelVersion()}); a file of an older version is brought to
 * {@link #CURRENT_VERSION} by the registered migrations, one step at a time, after it is read; a file
 * of a newer or unknown version is refused.
 * <p>
 * A migration works on the loaded model, so it covers changes the current metamodel can still read
 * (new attributes, new defaults, moved values). A change that the current metamodel cannot read
 * gets a new namespace URI and its own package.
 */
public final class CircuitFormat {

	/** The version this release writes. */
	public static final String CURRENT_VERSION = "1.0";

	/** One step from {@code fromVersion} to {@code toVersion}. */
	public interface Migration {
		String fromVersion();

		String toVersion();

		void migrate(Circuit circuit);
	}

	private static final List<Migration> MIGRATIONS = new CopyOnWriteArrayList<>();

	private CircuitFormat() {
	}

	public static void register(Migration migration) {
		MIGRATIONS.add(migration);
	}

	public static void unregister(Migration migration) {
		MIGRATIONS.remove(migration);
	}

	/** The chain of migrations from {@code version} to the current one, if there is one. */
	static Optional<List<Migration>> path(String version) {
		List<Migration> steps = new ArrayList<>();
		String at = version;
		while (!CURRENT_VERSION.equals(at)) {
			String from = at;
			Optional<Migration> step = MIGRATIONS.stream().filter(m -> m.fromVersion().equals(from)).findFirst();
			if (step.isEmpty() || steps.contains(step.get())) {
				return Optional.empty();
			}
			steps.add(step.get());
			at = step.get().toVersion();
		}
		return Optional.of(steps);
	}

	/** Whether {@code version} is a dotted number greater than the current version. */
	static boolean isNewer(String version) {
		String[] mine = CURRENT_VERSION.split("\\.");
		String[] theirs = version.split("\\.");
		for (int i = 0; i < Math.max(mine.length, theirs.length); i++) {
			int a = i < mine.length ? Integer.parseInt(mine[i]) : 0;
			int b;
			try {
				b = i < theirs.length ? Integer.parseInt(theirs[i]) : 0;
			} catch (NumberFormatException e) {
				return false;
			}
			if (a != b) {
				return b > a;
			}
		}
		return false;
	}
}
