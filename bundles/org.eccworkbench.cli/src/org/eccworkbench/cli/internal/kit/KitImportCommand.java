package org.eccworkbench.cli.internal.kit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eccworkbench.cli.Arguments;
import org.eccworkbench.cli.CommandIO;
import org.eccworkbench.cli.ExitCode;
import org.eccworkbench.cli.Subcommand;
import org.eccworkbench.cli.UsageException;
import org.eccworkbench.kit.importer.CaseImport;
import org.eccworkbench.kit.importer.ImportResult;
import org.eccworkbench.kit.importer.InventoryImport;
import org.eccworkbench.kit.mission.Mission;
import org.eccworkbench.kit.resource.MissionFiles;
import org.eclipse.osgi.util.NLS;

/**
 * {@code eccw kit import-cases CSV --into MISSION} and {@code eccw kit import-inventory CSV --into
 * MISSION}: adds the good rows of the CSV file to the mission and saves it; every bad row is
 * reported by row and column, and the command then exits 1.
 */
public abstract class KitImportCommand implements Subcommand {

	static final String INTO = "into";

	/** {@code kit import-cases}. */
	public static final class Cases extends KitImportCommand {
		@Override
		ImportResult importInto(Mission mission, String csv) {
			return CaseImport.into(mission, csv);
		}
	}

	/** {@code kit import-inventory}: the lots are added to the mission's inventory. */
	public static final class Inventory extends KitImportCommand {
		@Override
		ImportResult importInto(Mission mission, String csv) {
			return InventoryImport.read(csv, mission.getInventory());
		}
	}

	abstract ImportResult importInto(Mission mission, String csv);

	@Override
	public int run(List<String> commandLine, CommandIO io) throws UsageException, IOException {
		Arguments args = Arguments.parse(commandLine, Set.of(INTO), Set.of());
		if (args.positional().size() != 1) {
			throw new UsageException(KitMessages.Import_oneCsv);
		}
		Path csvFile = Path.of(args.positional().get(0));
		Path missionFile = Path.of(args.requiredOption(INTO));
		Optional<Mission> mission = MissionInput.load(missionFile, io.err());
		Optional<String> csv = MissionInput.csv(csvFile, io.err());
		if (mission.isEmpty() || csv.isEmpty()) {
			return ExitCode.INPUT_PROBLEM;
		}
		ImportResult result = importInto(mission.get(), csv.get());
		result.problems().forEach(p -> io.err().println(csvFile.getFileName() + ": " + p));
		if (result.imported() > 0) {
			MissionFiles.save(mission.get(), missionFile);
		}
		io.out().println(NLS.bind(KitMessages.Import_done, new Object[] { Integer.toString(result.imported()),
				Integer.toString(result.problems().size()), missionFile }));
		return result.problems().isEmpty() ? ExitCode.OK : ExitCode.INPUT_PROBLEM;
	}
}
