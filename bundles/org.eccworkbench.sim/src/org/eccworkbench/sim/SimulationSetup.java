package org.eccworkbench.sim;

import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.model.circuit.Circuit;

/**
 * Everything a run depends on. The same setup gives the same output, to the byte.
 *
 * @param circuit   the circuit (only read)
 * @param patient   the patient
 * @param scenario  the scenario
 * @param durationS how long to simulate, s
 * @param stepMs    the fixed step, ms
 * @param sampleS   the time-series interval, s (a multiple of the step)
 * @param seed      0 for the nominal patient; otherwise the seed of the patient's variation
 * @param catalog   the product catalog, or null for none
 */
public record SimulationSetup(Circuit circuit, PatientSpec patient, Scenario scenario, double durationS, double stepMs,
		double sampleS, long seed, CatalogRegistry catalog) {

	/** Shortest and longest steps, ms. */
	public static final double MIN_STEP_MS = 0.1;
	public static final double MAX_STEP_MS = 1000;

	public SimulationSetup {
		if (!(stepMs >= MIN_STEP_MS && stepMs <= MAX_STEP_MS)) {
			throw new IllegalArgumentException("stepMs must be 0.1-1000, got " + stepMs); //$NON-NLS-1$
		}
		if (!(durationS > 0 && durationS <= ScenarioReader.MAX_TIME_S)) {
			throw new IllegalArgumentException("durationS must be positive and at most a week, got " + durationS); //$NON-NLS-1$
		}
		if (!(sampleS > 0)) {
			throw new IllegalArgumentException("sampleS must be positive, got " + sampleS); //$NON-NLS-1$
		}
	}
}
