package org.eccworkbench.cli.internal.sim;

import static org.eccworkbench.cli.internal.sim.SimOptions.fixed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.cli.Arguments;
import org.eccworkbench.cli.CommandIO;
import org.eccworkbench.cli.ExitCode;
import org.eccworkbench.cli.JsonWriter;
import org.eccworkbench.cli.Subcommand;
import org.eccworkbench.cli.UsageException;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.resource.CircuitFiles;
import org.eccworkbench.sim.CircuitException;
import org.eccworkbench.sim.PatientSpec;
import org.eccworkbench.sim.Priority;
import org.eccworkbench.sim.RunResult;
import org.eccworkbench.sim.SampleSink;
import org.eccworkbench.sim.Scenario;
import org.eccworkbench.sim.Simulation;
import org.eccworkbench.sim.SimulationSetup;
import org.eccworkbench.sim.internal.Footprint;
import org.eclipse.osgi.util.NLS;

/**
 * {@code eccw simulate batch CIRCUIT.ecc [--patients N] [--scenario FILE|DIR] [--duration 1h]
 * [--step-ms 10] [--threads T] [--seed N] [--footprint] [--json]}: runs every scenario for N generated patients
 * on T threads and prints one table row per run, in a fixed order whatever the threads.
 * Patients: height 150-195 cm, weight 50-110 kg (the range Orpheus was validated for, REFERENCE
 * 4.2) and Hct 30-45 % (a modelling choice), drawn from the seed; run i uses seed + i for the
 * patient's physiology as well.
 */
public final class SimulateBatchCommand implements Subcommand {

	static final String PATIENTS = "patients";
	static final String THREADS = "threads";
	static final double DEFAULT_DURATION_S = 3600;
	/** Also estimate the heap one case holds (for releng/bench/sim.sh). */
	static final String FOOTPRINT = "footprint";

	/** One run of the batch; its setup is made on the thread that runs it, with that thread's circuit. */
	record Job(int index, String scenarioName, PatientSpec patient, Scenario scenario, double durationS, double stepMs,
			long seed, CatalogRegistry catalog) {

		SimulationSetup setup(Circuit circuit) {
			return new SimulationSetup(circuit, patient, scenario, durationS, stepMs, durationS, seed, catalog);
		}
	}

	@Override
	public int run(List<String> args, CommandIO io) throws UsageException, IOException {
		Arguments arguments = Arguments.parse(args, Set.of(PATIENTS, THREADS, SimOptions.SCENARIO, SimOptions.DURATION,
				SimOptions.STEP, SimOptions.SEED, SimOptions.FOLDER), Set.of(SimOptions.JSON, FOOTPRINT));
		try {
			Circuit circuit = SimOptions.circuit(arguments);
			Path circuitFile = Path.of(arguments.positional().get(0));
			int patients = arguments.number(PATIENTS, 1, 100_000, "").orElse(10.0).intValue(); //$NON-NLS-1$
			int threads = arguments.number(THREADS, 1, 256, "").orElse((double) Runtime.getRuntime().availableProcessors()) //$NON-NLS-1$
					.intValue();
			List<Scenario> scenarios = scenarios(arguments.option(SimOptions.SCENARIO));
			Optional<Double> duration = SimOptions.duration(arguments);
			double stepMs = SimOptions.stepMs(arguments);
			long seed = SimOptions.seed(arguments);
			CatalogRegistry catalog = SimOptions.catalog(arguments);
			List<Job> jobs = new ArrayList<>();
			SplittableRandom random = new SplittableRandom(seed);
			for (int p = 0; p < patients; p++) {
				PatientSpec patient = PatientSpec.of(150 + 45 * random.nextDouble(), 50 + 60 * random.nextDouble(),
						30 + 15 * random.nextDouble(), null);
				for (Scenario given : scenarios) {
					Scenario scenario = given == null ? Scenario.nominal(patient.weightKg()) : given;
					double length = duration.orElse(Double.isNaN(scenario.durationS()) ? DEFAULT_DURATION_S : scenario.durationS());
					jobs.add(new Job(jobs.size(), scenario.name(), patient, scenario, length, stepMs, seed + jobs.size() + 1,
							catalog));
				}
			}
			long started = System.nanoTime();
			List<RunResult> results = runAll(jobs, threads, circuitFile);
			double wall = (System.nanoTime() - started) / 1e9;
			long footprint = arguments.flag(FOOTPRINT) ? Footprint.bytesPerCase(jobs.get(0).setup(circuit), 200) : -1;
			if (arguments.flag(SimOptions.JSON)) {
				io.out().print(json(jobs, results, wall, threads, footprint));
			} else {
				table(jobs, results, wall, threads, io);
			}
			return results.stream().anyMatch(r -> r.stopCause().isPresent()) ? ExitCode.INPUT_PROBLEM : ExitCode.OK;
		} catch (SimOptions.InputProblem | CircuitException e) {
			io.err().println(NLS.bind(SimMessages.Sim_problem, e.getMessage()));
			return ExitCode.INPUT_PROBLEM;
		}
	}

	/** Each thread reads its own copy of the circuit: EMF objects are not shared across threads. */
	private static Circuit load(Path file) {
		return CircuitFiles.load(file).circuit().orElseThrow(() -> new IllegalStateException(file.toString()));
	}

	private static List<Scenario> scenarios(Optional<String> option) throws SimOptions.InputProblem, IOException {
		List<Scenario> scenarios = new ArrayList<>();
		if (option.isEmpty()) {
			scenarios.add(null);
			return scenarios;
		}
		Path path = Path.of(option.get());
		if (Files.isDirectory(path)) {
			try (Stream<Path> files = Files.list(path)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) { //$NON-NLS-1$
					scenarios.add(SimOptions.scenario(file).orElseThrow());
				}
			}
		} else {
			scenarios.add(SimOptions.scenario(path).orElseThrow());
		}
		if (scenarios.isEmpty()) {
			throw new SimOptions.InputProblem(NLS.bind(SimMessages.Sim_noScenarios, path));
		}
		return scenarios;
	}

	private static List<RunResult> runAll(List<Job> jobs, int threads, Path circuitFile) throws IOException, CircuitException {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		ThreadLocal<Circuit> circuits = ThreadLocal.withInitial(() -> load(circuitFile));
		try {
			List<Future<RunResult>> futures = new ArrayList<>();
			for (Job job : jobs) {
				futures.add(pool.submit(() -> Simulation.run(job.setup(circuits.get()), SampleSink.NONE)));
			}
			List<RunResult> results = new ArrayList<>();
			for (Future<RunResult> future : futures) {
				results.add(future.get());
			}
			return results;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof CircuitException c) {
				throw c;
			}
			if (e.getCause() instanceof IOException i) {
				throw i;
			}
			throw new IllegalStateException(e.getCause());
		} finally {
			pool.shutdownNow();
		}
	}

	private static void table(List<Job> jobs, List<RunResult> results, double wall, int threads, CommandIO io) {
		io.out().println(SimText.INDENT + SimMessages.Batch_header);
		for (int i = 0; i < jobs.size(); i++) {
			PatientSpec p = jobs.get(i).patient();
			RunResult r = results.get(i);
			io.out().println(String.format(java.util.Locale.ROOT, "%5d  %-28.28s %5s %6s %5s %7s %7s %3d/%3d/%3d  %s", i + 1, //$NON-NLS-1$
					jobs.get(i).scenarioName(), fixed(p.heightCm(), 0), fixed(p.weightKg(), 1), fixed(p.hctPercent(), 1),
					fixed(r.scores().nadirDo2i(), 0), fixed(r.scores().minutesBelowDo2i272(), 1), count(r, Priority.HIGH),
					count(r, Priority.MEDIUM), count(r, Priority.LOW), r.stopCause().orElse("-"))); //$NON-NLS-1$
		}
		double simulated = results.stream().mapToDouble(RunResult::simulatedS).sum();
		io.out().println(NLS.bind(SimMessages.Batch_summary, new Object[] { Integer.toString(jobs.size()), fixed(wall, 2),
				Integer.toString(threads), fixed(simulated / Math.max(1e-9, wall), 0) }));
	}

	private static long count(RunResult result, Priority priority) {
		return result.alarms().stream().filter(a -> a.priority() == priority).count();
	}

	private static String json(List<Job> jobs, List<RunResult> results, double wall, int threads, long footprint) {
		JsonWriter json = new JsonWriter().beginObject();
		json.member("runs", (long) jobs.size()).member("threads", (long) threads).numberMember("wall_s", wall); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (footprint >= 0) {
			json.member("heap_bytes_per_case", footprint); //$NON-NLS-1$
		}
		double simulated = results.stream().mapToDouble(RunResult::simulatedS).sum();
		json.numberMember("simulated_s", simulated).numberMember("speed_x_real_time", simulated / Math.max(1e-9, wall)); //$NON-NLS-1$ //$NON-NLS-2$
		json.name("results").beginArray(); //$NON-NLS-1$
		for (int i = 0; i < jobs.size(); i++) {
			RunResult r = results.get(i);
			json.beginObject().member("scenario", jobs.get(i).scenarioName()).member("seed", jobs.get(i).seed()); //$NON-NLS-1$ //$NON-NLS-2$
			SimJson.patient(json.name("patient"), jobs.get(i).patient(), r.bsaM2()); //$NON-NLS-1$
			json.numberMember("simulated_s", r.simulatedS()).member("stopped", r.stopCause().orElse(null)); //$NON-NLS-1$ //$NON-NLS-2$
			SimJson.scores(json, r);
			json.name("alarm_counts").beginObject(); //$NON-NLS-1$
			for (Priority priority : Priority.values()) {
				json.member(priority.id(), count(r, priority));
			}
			json.endObject().endObject();
		}
		json.endArray();
		return json.endObject().toString();
	}
}
