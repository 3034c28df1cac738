package org.eccworkbench.cli.internal.circuit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eccworkbench.analysis.circuit.CatalogCircuitFacts;
import org.eccworkbench.analysis.circuit.CircuitFigures;
import org.eccworkbench.cli.Arguments;
import org.eccworkbench.cli.CommandIO;
import org.eccworkbench.cli.ExitCode;
import org.eccworkbench.cli.Subcommand;
import org.eccworkbench.cli.UsageException;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.resource.CircuitFiles;
import org.eccworkbench.model.validation.CircuitValidation;
import org.eclipse.osgi.util.NLS;

/**
 * {@code eccw bench model [--components N] [--runs R]}: writes a generated circuit of N parts
 * (default 1000), then times loading, validating and reporting it: once cold, then the median
 * of R runs after as many warm-up runs. A measurement, not a test; releng/bench/model.sh runs it.
 */
public final class BenchCommand implements Subcommand {

	static final String OPTION_COMPONENTS = "components"; //$NON-NLS-1$
	static final String OPTION_RUNS = "runs"; //$NON-NLS-1$

	@Override
	public int run(List<String> commandLine, CommandIO io) throws UsageException, IOException {
		Arguments args = Arguments.parse(commandLine, Set.of(OPTION_COMPONENTS, OPTION_RUNS), Set.of());
		int components = args.number(OPTION_COMPONENTS, 20, 100_000, "").orElse(1000.0).intValue(); //$NON-NLS-1$
		int runs = args.number(OPTION_RUNS, 1, 1000, "").orElse(20.0).intValue(); //$NON-NLS-1$
		Path folder = Files.createTempDirectory("eccw-bench"); //$NON-NLS-1$
		Path file = folder.resolve("bench.ecc"); //$NON-NLS-1$
		try {
			Circuit generated = BenchCircuit.generate(components);
			CircuitFiles.save(generated, file);
			CatalogCircuitFacts facts = new CatalogCircuitFacts(org.eccworkbench.catalog.CatalogRegistry.contributed(),
					org.eccworkbench.analysis.circuit.CircuitOptions.defaults());
			long[] cold = once(file, facts);
			io.out().println(NLS.bind(CircuitMessages.Bench_circuit, new Object[] { Integer.toString(generated.getComponents().size()),
					Integer.toString(generated.getConnections().size()), Long.toString(Files.size(file) / 1024) }));
			io.out().println(line(CircuitMessages.Bench_cold, cold));
			for (int i = 0; i < runs; i++) {
				once(file, facts);
			}
			long[][] warm = new long[runs][];
			for (int i = 0; i < runs; i++) {
				warm[i] = once(file, facts);
			}
			long[] median = new long[4];
			for (int part = 0; part < 4; part++) {
				long[] values = new long[runs];
				for (int i = 0; i < runs; i++) {
					values[i] = warm[i][part];
				}
				Arrays.sort(values);
				median[part] = values[runs / 2];
			}
			io.out().println(line(NLS.bind(CircuitMessages.Bench_warm, Integer.toString(runs)), median));
		} finally {
			Files.deleteIfExists(file);
			Files.deleteIfExists(folder);
		}
		return ExitCode.OK;
	}

	/** Nanoseconds to load, validate and report, and their sum. */
	private static long[] once(Path file, CatalogCircuitFacts facts) {
		long start = System.nanoTime();
		Circuit circuit = CircuitFiles.load(file).circuit().orElseThrow();
		long loaded = System.nanoTime();
		CircuitValidation.validate(circuit, facts);
		long validated = System.nanoTime();
		CircuitFigures.of(circuit, facts);
		long reported = System.nanoTime();
		return new long[] { loaded - start, validated - loaded, reported - validated, reported - start };
	}

	private static String line(String label, long[] nanos) {
		return NLS.bind(CircuitMessages.Bench_line, new Object[] { label, ms(nanos[0]), ms(nanos[1]), ms(nanos[2]), ms(nanos[3]) });
	}

	private static String ms(long nanos) {
		return ReportOutput.plain(nanos / 1e6, 1);
	}
}
