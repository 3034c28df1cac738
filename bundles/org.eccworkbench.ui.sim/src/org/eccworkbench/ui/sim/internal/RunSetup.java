package org.eccworkbench.ui.sim.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eccworkbench.analysis.BodySize;
import org.eccworkbench.catalog.CatalogRegistry;
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

/**
 * What the Simulation Control view's setup fields make: the circuit read from its file, the
 * patient (the circuit's own unless the user changed it), the scenario (the nominal one without a
 * file) and the duration. Each problem is reported as a {@link SetupException} whose message
 * names it, in the user's language.
 */
final class RunSetup {

	/** The engine's step, ms, as {@code eccw simulate} uses by default. */
	static final double STEP_MS = 10;
	/** Without a duration in the panel or the scenario, min. */
	static final double DEFAULT_DURATION_MIN = 240;
	static final double HCT_MIN = 5;
	static final double HCT_MAX = 70;

	/** A setup that cannot run; the message says why. */
	static final class SetupException extends Exception {
		private static final long serialVersionUID = 1L;

		SetupException(String message) {
			super(message);
		}
	}

	private RunSetup() {
	}

	/** Reads a circuit file; its problems, one a line, when it cannot be read. */
	static Circuit load(Path file) throws SetupException {
		if (file == null || !Files.isRegularFile(file)) {
			throw new SetupException(NLS.bind(Messages.Setup_noCircuitFile, file));
		}
		LoadResult loaded = CircuitFiles.load(file);
		if (!loaded.ok() || loaded.circuit().isEmpty()) {
			throw new SetupException(NLS.bind(Messages.Setup_unreadableCircuit, file.getFileName(),
					loaded.problems().stream().map(FileProblem::toString).collect(Collectors.joining("\n")))); //$NON-NLS-1$
		}
		return loaded.circuit().get();
	}

	/** The circuit's patient as {height cm, weight kg, Hct %}; null where the circuit gives none. */
	static Double[] patientOf(Circuit circuit) {
		Patient patient = circuit.getPatient();
		if (patient == null) {
			return new Double[3];
		}
		return new Double[] { patient.getHeightCm(), patient.getWeightKg(), patient.getHematocritPercent() };
	}

	/**
	 * The setup of a run.
	 *
	 * @param durationMin the panel's duration, or null for the scenario's (else 4 h)
	 */
	static SimulationSetup of(Circuit circuit, double heightCm, double weightKg, double hctPercent, Optional<Path> scenarioFile,
			Double durationMin, CatalogRegistry catalog) throws SetupException {
		check(Messages.Control_height, heightCm, BodySize.HEIGHT_CM.min(), BodySize.HEIGHT_CM.max(), "cm"); //$NON-NLS-1$
		check(Messages.Control_weight, weightKg, BodySize.WEIGHT_KG.min(), BodySize.WEIGHT_KG.max(), "kg"); //$NON-NLS-1$
		check(Messages.Control_hct, hctPercent, HCT_MIN, HCT_MAX, "%"); //$NON-NLS-1$
		Scenario scenario = scenarioFile.isPresent() ? scenario(scenarioFile.get()) : Scenario.nominal(weightKg);
		double durationS = durationMin != null ? durationMin * 60
				: Double.isNaN(scenario.durationS()) ? DEFAULT_DURATION_MIN * 60 : scenario.durationS();
		check(Messages.Control_duration, durationS / 60, 1.0 / 60, ScenarioReader.MAX_TIME_S / 60, "min"); //$NON-NLS-1$
		return new SimulationSetup(circuit, patient(circuit, heightCm, weightKg, hctPercent), scenario, durationS, STEP_MS, 1,
				0, catalog);
	}

	/** The circuit's blood volume when the weight is the circuit's, else the band of the patient's age. */
	private static PatientSpec patient(Circuit circuit, double heightCm, double weightKg, double hctPercent) {
		Patient patient = circuit.getPatient();
		if (patient != null && patient.getBloodVolumeMl() != null && patient.getWeightKg() != null
				&& patient.getWeightKg() == weightKg) {
			return new PatientSpec(heightCm, weightKg, hctPercent, patient.getBloodVolumeMl(), Messages.Setup_circuitsBloodVolume);
		}
		return PatientSpec.of(heightCm, weightKg, hctPercent, patient == null ? null : patient.getAgeYears());
	}

	static Scenario scenario(Path file) throws SetupException {
		try {
			return ScenarioReader.read(file);
		} catch (IOException e) {
			throw new SetupException(NLS.bind(Messages.Setup_unreadableScenario, file, e.getMessage()));
		} catch (ScenarioException e) {
			throw new SetupException(NLS.bind(Messages.Setup_badScenario, e.getMessage()));
		}
	}

	private static void check(String what, double value, double min, double max, String unit) throws SetupException {
		if (!(value >= min && value <= max)) {
			throw new SetupException(NLS.bind(Messages.Setup_outOfRange,
					new Object[] { what, Texts.number(min), Texts.number(max), unit }));
		}
	}

	/** A number typed in a field: a point or a comma as the decimal separator; null when blank. */
	static Double parse(String what, String text) throws SetupException {
		String value = text == null ? "" : text.strip().replace(',', '.'); //$NON-NLS-1$
		if (value.isEmpty()) {
			return null;
		}
		try {
			double number = Double.parseDouble(value);
			if (Double.isFinite(number)) {
				return number;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new SetupException(NLS.bind(Messages.Setup_notANumber, what, text.strip()));
	}
}
