package org.eccworkbench.cli.internal.sim;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eccworkbench.cli.Arguments;
import org.eccworkbench.cli.CommandIO;
import org.eccworkbench.cli.ExitCode;
import org.eccworkbench.cli.Subcommand;
import org.eccworkbench.cli.UsageException;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.sim.CircuitException;
import org.eccworkbench.sim.CsvRecorder;
import org.eccworkbench.sim.PatientSpec;
import org.eccworkbench.sim.RunResult;
import org.eccworkbench.sim.SampleSink;
import org.eccworkbench.sim.Scenario;
import org.eccworkbench.sim.Simulation;
import org.eccworkbench.sim.SimulationSetup;
import org.eclipse.osgi.util.NLS;

/**
 * {@code eccw simulate CIRCUIT.ecc [--height-cm H --weight-kg W --hct-percent P] [--scenario FILE]
 * [--duration 4h] [--step-ms 10] [--sample-s 1] [--seed N] [--out run.csv] [--json]}: one run, its
 * summary (scores, alarms, final state) and optionally the time series as CSV. Exit 1 when the
 * circuit or scenario cannot be read or simulated, or the run stopped on an impossible state.
 */
public final class SimulateCommand implements Subcommand {

	static final String OUT = "out";
	static final String SAMPLE = "sample-s";
	/** Without --duration and a scenario duration. */
	static final double DEFAULT_DURATION_S = 4 * 3600;

	@Override
	public int run(List<String> args, CommandIO io) throws UsageException, IOException {
		Arguments arguments = Arguments.parse(args,
				Set.of(SimOptions.HEIGHT, SimOptions.WEIGHT, SimOptions.HCT, SimOptions.AGE, SimOptions.SCENARIO,
						SimOptions.DURATION, SimOptions.STEP, SimOptions.SEED, SimOptions.FOLDER, OUT, SAMPLE),
				Set.of(SimOptions.JSON));
		try {
			Circuit circuit = SimOptions.circuit(arguments);
			PatientSpec patient = SimOptions.patient(arguments, circuit);
			Optional<String> scenarioFile = arguments.option(SimOptions.SCENARIO);
			Scenario scenario = scenarioFile.isPresent() ? SimOptions.scenario(Path.of(scenarioFile.get())).orElseThrow()
					: Scenario.nominal(patient.weightKg());
			double duration = SimOptions.duration(arguments)
					.orElse(Double.isNaN(scenario.durationS()) ? DEFAULT_DURATION_S : scenario.durationS());
			double stepMs = SimOptions.stepMs(arguments);
			double sampleS = arguments.number(SAMPLE, stepMs / 1000, 3600, "s").orElse(1.0); //$NON-NLS-1$
			SimulationSetup setup = new SimulationSetup(circuit, patient, scenario, duration, stepMs, sampleS,
					SimOptions.seed(arguments), SimOptions.catalog(arguments));
			RunResult result = run(setup, arguments.option(OUT));
			if (arguments.flag(SimOptions.JSON)) {
				io.out().print(SimJson.summary(setup, result));
			} else {
				SimText.summary(setup, result, io.out());
			}
			return result.stopCause().isPresent() ? ExitCode.INPUT_PROBLEM : ExitCode.OK;
		} catch (SimOptions.InputProblem | CircuitException e) {
			io.err().println(NLS.bind(SimMessages.Sim_problem, e.getMessage()));
			return ExitCode.INPUT_PROBLEM;
		}
	}

	private static RunResult run(SimulationSetup setup, Optional<String> out) throws IOException, CircuitException {
		if (out.isEmpty()) {
			return Simulation.run(setup, SampleSink.NONE);
		}
		try (Writer writer = new BufferedWriter(Files.newBufferedWriter(Path.of(out.get()), StandardCharsets.UTF_8), 1 << 16)) {
			return Simulation.run(setup, new CsvRecorder(writer));
		}
	}
}
