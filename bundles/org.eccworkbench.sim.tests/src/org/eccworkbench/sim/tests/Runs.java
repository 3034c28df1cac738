package org.eccworkbench.sim.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.sim.CsvRecorder;
import org.eccworkbench.sim.PatientSpec;
import org.eccworkbench.sim.RunResult;
import org.eccworkbench.sim.SampleSink;
import org.eccworkbench.sim.Scenario;
import org.eccworkbench.sim.ScenarioReader;
import org.eccworkbench.sim.Signal;
import org.eccworkbench.sim.Simulation;
import org.eccworkbench.sim.SimulationSetup;

/** Helpers to run simulations in tests. */
final class Runs {

	static final PatientSpec ADULT = PatientSpec.of(175, 80, 40, 62.0);

	private Runs() {
	}

	/** A run with its samples kept in memory. */
	record Recorded(RunResult result, List<double[]> rows) {
		double at(int row, Signal signal) {
			return rows.get(row)[signal.ordinal()];
		}

		double last(Signal signal) {
			return at(rows.size() - 1, signal);
		}
	}

	static Path example(String relative) {
		String root = System.getProperty("eccw.source.root");
		assertNotNull(root, "the build passes -Deccw.source.root");
		return Path.of(root, "bundles/org.eccworkbench.sim/examples", relative);
	}

	static Scenario scenario(String name) throws Exception {
		return ScenarioReader.read(example("scenarios/" + name + ".json"));
	}

	static SimulationSetup setup(Circuit circuit, Scenario scenario, double durationS, double stepMs, double sampleS,
			long seed) {
		return new SimulationSetup(circuit, ADULT, scenario, durationS, stepMs, sampleS, seed, CatalogRegistry.contributed());
	}

	static Recorded record(SimulationSetup setup) throws Exception {
		List<double[]> rows = new ArrayList<>();
		RunResult result = Simulation.run(setup, new SampleSink() {
			@Override
			public void header(List<Signal> signals) {
			}

			@Override
			public void row(double[] values) {
				rows.add(values.clone());
			}
		});
		return new Recorded(result, rows);
	}

	static String csv(SimulationSetup setup) throws Exception {
		StringWriter out = new StringWriter();
		Simulation.run(setup, new CsvRecorder(out));
		return out.toString();
	}

	static RunResult run(SimulationSetup setup) throws IOException, org.eccworkbench.sim.CircuitException {
		return Simulation.run(setup, SampleSink.NONE);
	}
}
