package org.eccworkbench.sim;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of a run.
 *
 * @param circuitName  the circuit's name
 * @param scenarioName the scenario's name
 * @param simulatedS   simulated time reached, s
 * @param wallS        wall-clock time the run took, s (the only member that differs between identical runs)
 * @param steps        steps taken
 * @param stopCause    why the run stopped before its end, or empty
 * @param alarms       every alarm episode in the order raised
 * @param scores       the scores
 * @param finalState   the last values of every signal, by key
 * @param notes        defaults taken and events skipped, in order
 * @param bsaM2        the patient's BSA, m²
 */
public record RunResult(String circuitName, String scenarioName, double simulatedS, double wallS, long steps,
		Optional<String> stopCause, List<AlarmRecord> alarms, Scores scores, Map<String, Double> finalState,
		List<String> notes, double bsaM2) {
}
