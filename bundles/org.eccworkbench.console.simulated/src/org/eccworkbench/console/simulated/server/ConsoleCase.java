package org.eccworkbench.console.simulated.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Collectors;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.Patient;
import org.eccworkbench.model.resource.CircuitFiles;
import org.eccworkbench.model.resource.FileProblem;
import org.eccworkbench.model.resource.LoadResult;
import org.eccworkbench.sim.PatientSpec;
import org.eccworkbench.sim.Scenario;
import org.eccworkbench.sim.ScenarioException;
import org.eccworkbench.sim.ScenarioReader;

/**
 * What the virtual console simulates: a circuit, its patient and a scenario. The circuit is the
 * {@code --circuit} file, else the shipped adult template ({@code templates/adult.ecc} of the
 * analysis bundle, found on the class path when the console runs as a plain Java process); the
 * patient is the circuit's; the scenario is the {@code --scenario} file, else the nominal one
 * (bypass from 0 s at the case's target flow).
 *
 * @param source where the circuit came from, for the log
 */
public record ConsoleCase(Circuit circuit, PatientSpec patient, Scenario scenario, String source) {

	/** The shipped template's path in the analysis bundle. */
	public static final String DEFAULT_TEMPLATE = "templates/adult.ecc";

	/**
	 * Reads the case that {@code options} name.
	 *
	 * @throws IllegalArgumentException with a message for the user when a file cannot be read
	 */
	public static ConsoleCase read(ServerOptions options) {
		Path file = options.circuit() != null ? Path.of(options.circuit()) : templateOnClassPath();
		Circuit circuit = circuit(file);
		PatientSpec patient = patient(circuit, file);
		Scenario scenario = options.scenario() == null ? Scenario.nominal(patient.weightKg()) : scenario(Path.of(options.scenario()));
		return new ConsoleCase(circuit, patient, scenario, options.circuit() != null ? file.toString() : DEFAULT_TEMPLATE);
	}

	/** This case, said to come from {@code newSource}. */
	public ConsoleCase withSource(String newSource) {
		return new ConsoleCase(circuit, patient, scenario, newSource);
	}

	private static Path templateOnClassPath() {
		try (InputStream in = ConsoleCase.class.getClassLoader().getResourceAsStream(DEFAULT_TEMPLATE)) {
			if (in == null) {
				throw new IllegalArgumentException(ServerText.get("serve.noTemplate"));
			}
			Path copy = Files.createTempFile("vh1-adult", ".ecc");
			copy.toFile().deleteOnExit();
			Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			return copy;
		} catch (IOException e) {
			throw new IllegalArgumentException(ServerText.get("serve.cannotRead", DEFAULT_TEMPLATE, e.getMessage()));
		}
	}

	private static Circuit circuit(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException(ServerText.get("serve.noSuchFile", file));
		}
		LoadResult loaded = CircuitFiles.load(file);
		if (!loaded.ok() || loaded.circuit().isEmpty()) {
			throw new IllegalArgumentException(
					loaded.problems().stream().map(FileProblem::toString).collect(Collectors.joining("\n")));
		}
		return loaded.circuit().get();
	}

	/** The circuit's patient: height, weight and Hct are required; its blood volume if given, else the band's. */
	private static PatientSpec patient(Circuit circuit, Path file) {
		Patient p = circuit.getPatient();
		if (p == null || p.getHeightCm() == null || p.getWeightKg() == null || p.getHematocritPercent() == null) {
			throw new IllegalArgumentException(ServerText.get("serve.noPatient", file));
		}
		try {
			if (p.getBloodVolumeMl() != null) {
				return new PatientSpec(p.getHeightCm(), p.getWeightKg(), p.getHematocritPercent(), p.getBloodVolumeMl(),
						"the circuit's patient");
			}
			return PatientSpec.of(p.getHeightCm(), p.getWeightKg(), p.getHematocritPercent(), p.getAgeYears());
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(ServerText.get("serve.badPatient", file, e.getMessage()));
		}
	}

	private static Scenario scenario(Path file) {
		try {
			return ScenarioReader.read(file);
		} catch (IOException e) {
			throw new IllegalArgumentException(ServerText.get("serve.cannotRead", file, e.getMessage()));
		} catch (ScenarioException e) {
			throw new IllegalArgumentException(e.getMessage());
		}
	}
}
