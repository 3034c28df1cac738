package org.eccworkbench.cli.internal.kit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eccworkbench.cli.Arguments;
import org.eccworkbench.cli.CommandIO;
import org.eccworkbench.cli.ExitCode;
import org.eccworkbench.cli.Subcommand;
import org.eccworkbench.cli.UsageException;
import org.eccworkbench.kit.mission.InventoryLot;
import org.eccworkbench.kit.mission.Mission;
import org.eccworkbench.kit.mission.MissionFactory;
import org.eccworkbench.kit.mission.PlannedCase;
import org.eccworkbench.kit.mission.TransportLimits;
import org.eccworkbench.kit.pack.Packer;
import org.eccworkbench.kit.pack.PackingResult;
import org.eccworkbench.kit.plan.ItemTable;
import org.eccworkbench.kit.plan.KitPlan;
import org.eccworkbench.kit.plan.KitPlanner;
import org.eccworkbench.kit.plan.Numbers;
import org.eccworkbench.kit.plan.Requirement;
import org.eclipse.osgi.util.NLS;

/**
 * {@code eccw kit bench [--cases 200] [--lines 1000] [--runs 5]}: plans and packs a generated
 * mission (cases from 3 to 80 kg, inventory lines spread over the items the plan needs, some of
 * them expiring) and prints the median and worst time of the runs after two warm-up runs.
 */
public final class KitBenchCommand implements Subcommand {

	@Override
	public int run(List<String> commandLine, CommandIO io) throws UsageException {
		Arguments args = Arguments.parse(commandLine, Set.of("cases", "lines", "runs"), Set.of());
		int cases = (int) (double) args.number("cases", 1, 100000, "cases").orElse(200.0);
		int lines = (int) (double) args.number("lines", 0, 1000000, "lines").orElse(1000.0);
		int runs = (int) (double) args.number("runs", 1, 100, "runs").orElse(5.0);
		ItemTable items = MissionInput.items();
		KitPlanner planner = new KitPlanner(items);
		Mission mission = mission(cases);
		KitPlan first = planner.plan(mission);
		addInventory(mission, first, lines);
		for (int i = 0; i < 2; i++) {
			new Packer().pack(planner.plan(mission));
		}
		long[] nanos = new long[runs];
		KitPlan plan = null;
		PackingResult packing = null;
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			plan = planner.plan(mission);
			packing = new Packer().pack(plan);
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		io.out().println(NLS.bind(KitMessages.Bench_result, new Object[] { Integer.toString(cases),
				Integer.toString(mission.getInventory().size()), Integer.toString(plan.requirements().size()),
				Integer.toString(packing.pieces().size()), Numbers.fixed(nanos[runs / 2] / 1e6, 1),
				Numbers.fixed(nanos[runs - 1] / 1e6, 1), Integer.toString(runs) }));
		return ExitCode.OK;
	}

	static Mission mission(int cases) {
		MissionFactory factory = MissionFactory.eINSTANCE;
		Mission mission = factory.createMission();
		mission.setName("Benchmark mission");
		mission.setDeparture(LocalDate.of(2027, 3, 6));
		mission.setReturnDate(LocalDate.of(2027, 3, 13));
		TransportLimits limits = factory.createTransportLimits();
		limits.setMaxKgPerPiece(23);
		limits.setLengthCm(80);
		limits.setWidthCm(50);
		limits.setHeightCm(30);
		limits.setTareKg(4);
		mission.setTransport(limits);
		for (int i = 0; i < cases; i++) {
			PlannedCase c = factory.createPlannedCase();
			double weight = 3 + (i * 7919 % 7700) / 100.0;
			c.setId("B" + i);
			c.setWeightKg(weight);
			c.setHeightCm(Math.min(190, 45 + 2.2 * weight));
			c.setAgeYears(weight / 4);
			c.setHematocritPercent(30.0 + i % 15);
			c.setExpectedBypassMinutes(60 + i % 150);
			mission.getCases().add(c);
		}
		return mission;
	}

	static void addInventory(Mission mission, KitPlan plan, int lines) {
		List<Requirement> needed = new ArrayList<>(plan.requirements());
		for (int i = 0; i < lines && !needed.isEmpty(); i++) {
			Requirement r = needed.get(i % needed.size());
			InventoryLot lot = MissionFactory.eINSTANCE.createInventoryLot();
			lot.setItemId(r.item().id());
			lot.setLot("L" + i);
			lot.setQuantity((int) Math.ceil(r.total() / Math.max(1, lines / needed.size())) + 1);
			lot.setExpiry(LocalDate.of(2027, 1, 1).plusDays(i % 400));
			lot.setUnitValue(10.0 + i % 90);
			lot.setCurrency("EUR");
			mission.getInventory().add(lot);
		}
	}
}
