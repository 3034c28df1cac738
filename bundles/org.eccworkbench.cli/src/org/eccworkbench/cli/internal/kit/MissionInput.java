package org.eccworkbench.cli.internal.kit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.kit.mission.Mission;
import org.eccworkbench.kit.plan.CircuitSource;
import org.eccworkbench.kit.plan.FolderCircuitSource;
import org.eccworkbench.kit.plan.ItemTable;
import org.eccworkbench.kit.plan.MissionCircuits;
import org.eccworkbench.kit.resource.MissionFiles;
import org.eccworkbench.kit.resource.MissionLoadResult;
import org.eclipse.osgi.util.NLS;

/** What the kit subcommands share: reading a mission, its templates, the item data, a CSV file. */
final class MissionInput {

	private MissionInput() {
	}

	/** The mission in {@code file}, or empty after printing its problems, one per line. */
	static Optional<Mission> load(Path file, PrintStream err) {
		MissionLoadResult result = MissionFiles.load(file);
		result.problems().forEach(p -> err.println(p));
		return result.mission();
	}

	/**
	 * The circuits of a mission: the folder given on the command line, else the mission's template
	 * folder (relative to the mission file), else the shipped templates.
	 */
	static CircuitSource circuits(Mission mission, Path missionFile, Optional<String> templates) {
		if (templates.isPresent()) {
			return new FolderCircuitSource(Path.of(templates.get()).toAbsolutePath().normalize());
		}
		return MissionCircuits.of(mission, missionFile);
	}

	static ItemTable items() {
		return ItemTable.shipped(CatalogRegistry.contributed());
	}

	/** The text of a CSV file, or empty after saying why it cannot be read. */
	static Optional<String> csv(Path file, PrintStream err) {
		try {
			return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
		} catch (IOException e) {
			err.println(NLS.bind(KitMessages.Kit_unreadable, file, e.getClass().getSimpleName()));
			return Optional.empty();
		}
	}
}
