package org.eccworkbench.cli.internal.kit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eccworkbench.cli.Arguments;
import org.eccworkbench.cli.CommandIO;
import org.eccworkbench.cli.ExitCode;
import org.eccworkbench.cli.Subcommand;
import org.eccworkbench.cli.UsageException;
import org.eccworkbench.kit.importer.ImportResult;
import org.eccworkbench.kit.importer.InventoryImport;
import org.eccworkbench.kit.mission.InventoryLot;
import org.eccworkbench.kit.mission.Mission;
import org.eccworkbench.kit.output.KitOutputs;
import org.eccworkbench.kit.pack.Packer;
import org.eccworkbench.kit.pack.PackingResult;
import org.eccworkbench.kit.plan.Finding;
import org.eccworkbench.kit.plan.KitPlan;
import org.eccworkbench.kit.plan.KitPlanner;
import org.eclipse.osgi.util.NLS;

/**
 * {@code eccw kit plan MISSION.eccmission [--inventory FILE] [--templates DIR] [--json] [--out DIR]}:
 * plans and packs the mission's kit and prints it (totals, shortages, expiries, pieces);
 * {@code --inventory} takes the stock from a CSV file instead of the mission's; {@code --templates}
 * takes the circuits from {@code DIR/<template>.ecc} instead of the shipped templates (or the
 * mission's template folder); {@code --out} writes the CSV lists, the
 * checklists and the PDF. Exits 1, with the reasons, when the kit cannot be fulfilled or packed.
 */
public final class KitPlanCommand implements Subcommand {

	static final String INVENTORY = "inventory";
	static final String OUT = "out";
	static final String TEMPLATES = "templates";
	static final String JSON = "json";

	@Override
	public int run(List<String> commandLine, CommandIO io) throws UsageException, IOException {
		Arguments args = Arguments.parse(commandLine, Set.of(INVENTORY, OUT, TEMPLATES), Set.of(JSON));
		if (args.positional().size() != 1) {
			throw new UsageException(KitMessages.Plan_oneMission);
		}
		Path file = Path.of(args.positional().get(0));
		Optional<Mission> mission = MissionInput.load(file, io.err());
		if (mission.isEmpty()) {
			return ExitCode.INPUT_PROBLEM;
		}
		if (args.option(INVENTORY).isPresent()) {
			Path csvFile = Path.of(args.option(INVENTORY).get());
			Optional<String> csv = MissionInput.csv(csvFile, io.err());
			if (csv.isEmpty()) {
				return ExitCode.INPUT_PROBLEM;
			}
			List<InventoryLot> lots = new ArrayList<>();
			ImportResult result = InventoryImport.read(csv.get(), lots);
			result.problems().forEach(p -> io.err().println(csvFile.getFileName() + ": " + p));
			if (!result.problems().isEmpty()) {
				return ExitCode.INPUT_PROBLEM;
			}
			mission.get().getInventory().clear();
			mission.get().getInventory().addAll(lots);
		}
		KitPlan plan = new KitPlanner(MissionInput.items(), MissionInput.circuits(mission.get(), file, args.option(TEMPLATES)))
				.plan(mission.get());
		PackingResult packing = new Packer().pack(plan);
		if (args.flag(JSON)) {
			io.out().println(KitJson.plan(plan, packing));
		} else {
			KitText.plan(plan, packing, io.out());
		}
		if (args.option(OUT).isPresent()) {
			for (Path written : KitOutputs.write(plan, packing, Path.of(args.option(OUT).get()))) {
				io.err().println(NLS.bind(KitMessages.Plan_wrote, written));
			}
		}
		if (plan.fulfillable() && packing.fits()) {
			return ExitCode.OK;
		}
		io.err().println(KitMessages.Plan_cannotFulfil);
		plan.findings().stream().filter(f -> f.severity() == Finding.Severity.BLOCKING)
				.forEach(f -> io.err().println("  " + f.message()));
		packing.brokenLimits().forEach(l -> io.err().println("  " + l));
		return ExitCode.INPUT_PROBLEM;
	}
}
