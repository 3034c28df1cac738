package org.eccworkbench.sim;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eccworkbench.model.circuit.ClinicalCase;
import org.eccworkbench.sim.internal.AlarmMonitor;
import org.eccworkbench.sim.internal.Constants;
import org.eccworkbench.sim.internal.Engine;
import org.eccworkbench.sim.internal.Messages;
import org.eccworkbench.sim.internal.Operator;
import org.eccworkbench.sim.internal.Plant;
import org.eccworkbench.sim.internal.PlantBuilder;
import org.eccworkbench.sim.internal.ScoreKeeper;
import org.eclipse.osgi.util.NLS;

/**
 * Runs one simulation: builds the plant from the circuit, then advances the engine by fixed steps,
 * firing the scenario's events before each step and evaluating alarms and scores after it, until
 * the duration is reached or the state becomes impossible (the result names the cause).
 * Deterministic: no clock, no threads, no hash order reach the output.
 */
public final class Simulation {

	private Simulation() {
	}

	public static RunResult run(SimulationSetup setup, SampleSink sink) throws CircuitException, IOException {
		long started = System.nanoTime();
		ClinicalCase clinicalCase = setup.circuit().getClinicalCase();
		double cardiacIndex = clinicalCase != null && clinicalCase.getTargetCardiacIndex() > 0
				? clinicalCase.getTargetCardiacIndex() : Constants.CARDIAC_INDEX_L_MIN_M2;
		double bsa = setup.patient().bsaSquareMetres();
		Plant plant = PlantBuilder.build(setup.circuit(), setup.catalog(), cardiacIndex * bsa);
		List<String> notes = new ArrayList<>(plant.notes());
		notes.add(0, NLS.bind(Messages.Engine_bloodVolume, Math.round(setup.patient().bloodVolumeMl()),
				setup.patient().ebvSource()));
		Engine engine = new Engine(plant, setup.patient(), setup.scenario().settings(), setup.seed(), notes);
		Operator operator = new Operator(engine, setup.scenario(), cardiacIndex, notes);
		AlarmMonitor alarms = new AlarmMonitor(engine);
		ScoreKeeper scores = new ScoreKeeper(engine);

		double dt = setup.stepMs() / 1000;
		long steps = Math.round(setup.durationS() / dt);
		long sampleEvery = Math.max(1, Math.round(setup.sampleS() / dt));
		List<Signal> header = Arrays.asList(Signal.values());
		sink.header(header);
		double[] signals = engine.signals();
		sink.row(signals);
		String stopCause = null;
		long done = 0;
		for (long i = 1; i <= steps; i++) {
			double start = (i - 1) * dt;
			if (operator.fire(start)) {
				alarms.operatorActed(start);
			}
			double end = i * dt;
			try {
				engine.step(end, dt);
			} catch (Engine.StopException e) {
				stopCause = e.getMessage();
				break;
			}
			done = i;
			alarms.update(end);
			scores.update(dt);
			if (i % sampleEvery == 0) {
				sink.row(signals);
			}
		}
		if (done % sampleEvery != 0) {
			sink.row(signals);
		}
		Map<String, Double> last = new LinkedHashMap<>();
		for (Signal signal : header) {
			last.put(signal.key(), signals[signal.ordinal()]);
		}
		Scores score = new Scores(scores.bypassMinutes(), scores.minutesBelow272(), scores.minutesBelow280(),
				scores.nadirDo2i(), scores.maxGradientC(), scores.missedRedoses(), scores.maxVolumeError());
		double wall = (System.nanoTime() - started) / 1e9;
		return new RunResult(plant.circuitName(), setup.scenario().name(), done * dt, wall, done,
				Optional.ofNullable(stopCause), alarms.records(), score, last, List.copyOf(notes), bsa);
	}
}
