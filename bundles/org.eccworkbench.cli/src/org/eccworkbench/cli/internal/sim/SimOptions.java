package org.eccworkbench.cli.internal.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eccworkbench.analysis.BodySize;
import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.cli.Arguments;
import org.eccworkbench.cli.UsageException;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.Patient;
import org.eccworkbench.model.resource.CircuitFiles;
import org.eccworkbench.model.resource.FileProblem;
import org.eccworkbench.model.resource.LoadResult;
import org.eccworkbench.sim.PatientSpec;
import org.eccworkbench.sim.Scenario;
import org.eccworkbench.sim.ScenarioException;
import org.eccworkbench.sim.ScenarioReader;
import org.eccworkbench.sim.SimulationSetup;
import org.eclipse.osgi.util.NLS;

/** The options {@code simulate} and {@code simulate batch} share, and what they read. */
final class SimOptions {

	static final String HEIGHT = "height-cm";
	static final String WEIGHT = "weight-kg";
	static final String HCT = "hct-percent";
	static final String AGE = "age-years";
	static final String SCENARIO = "scenario";
	static final String DURATION = "duration";
	static final String STEP = "step-ms";
	static final String SEED = "seed";
	static final String FOLDER = "folder";
	static final String JSON = "json";

	/** A circuit that cannot be read: the problems to print, exit 1. */
	static final class InputProblem extends Exception {
		private static final long serialVersionUID = 1L;

		InputProblem(String message) {
			super(message);
		}
	}

	private static final Pattern DURATION_PATTERN = Pattern.compile("(?:(\\d+(?:\\.\\d+)?)h)?(?:(\\d+(?:\\.\\d+)?)(?:m|min))?(?:(\\d+(?:\\.\\d+)?)s?)?"); //$NON-NLS-1$

	private SimOptions() {
	}

	static Circuit circuit(Arguments args) throws UsageException, InputProblem {
		if (args.positional().isEmpty()) {
			throw new UsageException(SimMessages.Sim_noCircuit);
		}
		if (args.positional().size() > 1) {
			throw new UsageException(NLS.bind(SimMessages.Sim_unexpectedArgument, args.positional().get(1)));
		}
		Path file = Path.of(args.positional().get(0));
		if (!Files.isRegularFile(file)) {
			throw new InputProblem(NLS.bind(SimMessages.Sim_noSuchFile, file));
		}
		LoadResult loaded = CircuitFiles.load(file);
		if (!loaded.ok() || loaded.circuit().isEmpty()) {
			StringBuilder problems = new StringBuilder();
			for (FileProblem problem : loaded.problems()) {
				problems.append(problem).append('\n');
			}
			throw new InputProblem(problems.toString().strip());
		}
		return loaded.circuit().get();
	}

	/** The patient: the options, else the circuit's patient; every one of height, weight and Hct is required. */
	static PatientSpec patient(Arguments args, Circuit circuit) throws UsageException {
		Patient patient = circuit.getPatient();
		Double height = number(args, HEIGHT, BodySize.HEIGHT_CM.min(), BodySize.HEIGHT_CM.max(), "cm") //$NON-NLS-1$
				.orElse(patient == null ? null : patient.getHeightCm());
		Double weight = number(args, WEIGHT, BodySize.WEIGHT_KG.min(), BodySize.WEIGHT_KG.max(), "kg") //$NON-NLS-1$
				.orElse(patient == null ? null : patient.getWeightKg());
		Double hct = number(args, HCT, 5, 70, "%").orElse(patient == null ? null : patient.getHematocritPercent()); //$NON-NLS-1$
		Double age = number(args, AGE, 0, 120, "years").orElse(patient == null ? null : patient.getAgeYears()); //$NON-NLS-1$
		if (height == null || weight == null || hct == null) {
			throw new UsageException(NLS.bind(SimMessages.Sim_patientMissing, String.join(", ", //$NON-NLS-1$
					java.util.stream.Stream.of(height == null ? "--" + HEIGHT : null, weight == null ? "--" + WEIGHT : null, //$NON-NLS-1$ //$NON-NLS-2$
							hct == null ? "--" + HCT : null).filter(s -> s != null).toList()))); //$NON-NLS-1$
		}
		if (patient != null && patient.getBloodVolumeMl() != null && args.option(WEIGHT).isEmpty()) {
			return new PatientSpec(height, weight, hct, patient.getBloodVolumeMl(), "the circuit's patient"); //$NON-NLS-1$
		}
		try {
			return PatientSpec.of(height, weight, hct, age);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
	}

	private static Optional<Double> number(Arguments args, String name, double min, double max, String unit)
			throws UsageException {
		return args.number(name, min, max, unit);
	}

	static Optional<Scenario> scenario(Path file) throws InputProblem {
		try {
			return Optional.of(ScenarioReader.read(file));
		} catch (IOException e) {
			throw new InputProblem(NLS.bind(SimMessages.Sim_cannotRead, file, e.getMessage()));
		} catch (ScenarioException e) {
			throw new InputProblem(e.getMessage());
		}
	}

	/** {@code --duration}: {@code 4h}, {@code 90m}, {@code 1h30m}, {@code 45s} or seconds; empty if not given. */
	static Optional<Double> duration(Arguments args) throws UsageException {
		Optional<String> text = args.option(DURATION);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		String value = text.get().trim().toLowerCase(Locale.ROOT);
		Matcher m = DURATION_PATTERN.matcher(value);
		if (value.isEmpty() || !m.matches()) {
			throw new UsageException(NLS.bind(SimMessages.Sim_badDuration, text.get()));
		}
		double seconds = part(m.group(1)) * 3600 + part(m.group(2)) * 60 + part(m.group(3));
		if (!(seconds > 0 && seconds <= ScenarioReader.MAX_TIME_S)) {
			throw new UsageException(NLS.bind(SimMessages.Sim_badDuration, text.get()));
		}
		return Optional.of(seconds);
	}

	private static double part(String group) {
		return group == null ? 0 : Double.parseDouble(group);
	}

	static double stepMs(Arguments args) throws UsageException {
		return args.number(STEP, SimulationSetup.MIN_STEP_MS, SimulationSetup.MAX_STEP_MS, "ms").orElse(10.0); //$NON-NLS-1$
	}

	static long seed(Arguments args) throws UsageException {
		return args.number(SEED, 0, 1e15, "").map(Double::longValue).orElse(0L); //$NON-NLS-1$
	}

	static CatalogRegistry catalog(Arguments args) throws UsageException {
		Optional<String> folder = args.option(FOLDER);
		if (folder.isPresent() && folder.get().isBlank()) {
			throw new UsageException(SimMessages.Sim_emptyFolder);
		}
		return folder.isEmpty() ? CatalogRegistry.contributed() : CatalogRegistry.contributed().withFolder(Path.of(folder.get()));
	}

	/** {@code 3725.5} s as {@code 01:02:05.50}. */
	static String clock(double seconds) {
		long centis = Math.round(seconds * 100);
		return String.format(Locale.ROOT, "%02d:%02d:%02d.%02d", centis / 360000, centis / 6000 % 60, centis / 100 % 60, //$NON-NLS-1$
				centis % 100);
	}

	static String fixed(double value, int decimals) {
		return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "-"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
