package org.eccworkbench.sim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;

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
 * One run advanced step by step, for a caller that watches it and acts on it while it runs (the
 * Simulate perspective, the virtual console) as well as for {@link Simulation#run}. Each step fires
 * the scenario's due events and the operator's queued actions, advances the engine by the fixed
 * step and evaluates alarms and scores. The same setup and the same actions at the same steps give
 * the same states, to the byte. Thread-safe: every method holds the session's lock.
 */
public final class SimulationSession {

	private static final Signal[] SIGNALS = Signal.values();

	private final SimulationSetup setup;
	private final Plant plant;
	private final Engine engine;
	private final Operator operator;
	private final AlarmMonitor alarms;
	private final ScoreKeeper scores;
	private final List<String> notes;
	private final double dt;
	private final long totalSteps;
	private final Queue<ScenarioEvent> actions = new ArrayDeque<>();
	private final long started = System.nanoTime();
	private long done;
	private String stopCause;

	private SimulationSession(SimulationSetup setup) throws CircuitException {
		this.setup = setup;
		ClinicalCase clinicalCase = setup.circuit().getClinicalCase();
		double cardiacIndex = clinicalCase != null && clinicalCase.getTargetCardiacIndex() > 0
				? clinicalCase.getTargetCardiacIndex() : Constants.CARDIAC_INDEX_L_MIN_M2;
		double bsa = setup.patient().bsaSquareMetres();
		plant = PlantBuilder.build(setup.circuit(), setup.catalog(), cardiacIndex * bsa);
		notes = new ArrayList<>(plant.notes());
		notes.add(0, NLS.bind(Messages.Engine_bloodVolume, Math.round(setup.patient().bloodVolumeMl()),
				setup.patient().ebvSource()));
		engine = new Engine(plant, setup.patient(), setup.scenario().settings(), setup.seed(), notes);
		operator = new Operator(engine, setup.scenario(), cardiacIndex, notes);
		alarms = new AlarmMonitor(engine);
		scores = new ScoreKeeper(engine);
		dt = setup.stepMs() / 1000;
		totalSteps = Math.round(setup.durationS() / dt);
	}

	/**
	 * Builds the plant from the setup's circuit and puts the patient in its starting state (time 0).
	 *
	 * @throws CircuitException when the circuit cannot be simulated; the message names why
	 */
	public static SimulationSession start(SimulationSetup setup) throws CircuitException {
		return new SimulationSession(setup);
	}

	public SimulationSetup setup() {
		return setup;
	}

	/** The fixed step, s. */
	public double stepS() {
		return dt;
	}

	/** Steps taken so far. */
	public synchronized long steps() {
		return done;
	}

	/** Simulated time now, s. */
	public synchronized double timeS() {
		return done * dt;
	}

	/** Whether the run can go on: neither at its duration nor stopped by an impossible state. */
	public synchronized boolean running() {
		return stopCause == null && done < totalSteps;
	}

	/** Why the run stopped early, or empty. */
	public synchronized Optional<String> stopCause() {
		return Optional.ofNullable(stopCause);
	}

	/**
	 * Queues an operator's action for the start of the next step, as if an event of the scenario
	 * fired then. Its parameters are checked as a scenario file's are.
	 *
	 * @throws ScenarioException when a parameter is missing, unknown or out of its range; the message names it
	 */
	public synchronized void act(Action action, Map<String, Double> numbers, Map<String, String> words)
			throws ScenarioException {
		for (Map.Entry<String, Double> number : numbers.entrySet()) {
			double[] range = action.numbers().get(number.getKey());
			if (range == null) {
				throw new ScenarioException(NLS.bind(Messages.Scenario_unknownMember, action.id() + "." + number.getKey())); //$NON-NLS-1$
			}
			ScenarioReader.number(number.getValue(), action.id() + "." + number.getKey(), range[0], range[1]); //$NON-NLS-1$
		}
		for (Map.Entry<String, String> word : words.entrySet()) {
			String[] allowed = action.words().get(word.getKey());
			if (allowed == null) {
				throw new ScenarioException(NLS.bind(Messages.Scenario_unknownMember, action.id() + "." + word.getKey())); //$NON-NLS-1$
			}
			if (!Arrays.asList(allowed).contains(word.getValue())) {
				throw new ScenarioException(NLS.bind(Messages.Scenario_badWord,
						new Object[] { action.id() + "." + word.getKey(), String.join("|", allowed), word.getValue() })); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		EventParameters.check(action, numbers, words, action.id());
		actions.add(ScenarioEvent.at(timeS(), action, numbers, words));
	}

	/**
	 * Advances one step.
	 *
	 * @return whether the step was taken (false at the end of the run or after it stopped)
	 */
	public synchronized boolean step() {
		if (!running()) {
			return false;
		}
		double start = done * dt;
		boolean acted = operator.fire(start);
		for (ScenarioEvent action = actions.poll(); action != null; action = actions.poll()) {
			operator.applyNow(action, start);
			acted |= action.action().operator();
		}
		if (acted) {
			alarms.operatorActed(start);
		}
		double end = (done + 1) * dt;
		try {
			engine.step(end, dt);
		} catch (Engine.StopException e) {
			stopCause = e.getMessage();
			return false;
		}
		done++;
		alarms.update(end);
		scores.update(dt);
		return true;
	}

	/**
	 * Advances by whole steps until {@code seconds} more of simulated time have passed, the run
	 * ends or it stops.
	 *
	 * @return the steps taken
	 */
	public synchronized long advance(double seconds) {
		long target = done + Math.round(seconds / dt);
		long taken = 0;
		while (done < target && step()) {
			taken++;
		}
		return taken;
	}

	/** The signal values now, indexed by {@link Signal#ordinal()}: a copy. */
	public synchronized double[] signals() {
		return engine.signals().clone();
	}

	/** The engine's own signal array, updated in place by each step; read it only between steps. */
	double[] liveSignals() {
		return engine.signals();
	}

	/** The signal values now, by key (with units in the keys). */
	public synchronized Map<String, Double> state() {
		double[] values = engine.signals();
		Map<String, Double> state = new LinkedHashMap<>();
		for (Signal signal : SIGNALS) {
			state.put(signal.key(), values[signal.ordinal()]);
		}
		return state;
	}

	/** The alarms whose condition holds now. */
	public synchronized Set<AlarmId> activeAlarms() {
		Set<AlarmId> active = EnumSet.noneOf(AlarmId.class);
		for (AlarmId id : AlarmId.values()) {
			if (alarms.active(id)) {
				active.add(id);
			}
		}
		return active;
	}

	/** Every alarm episode so far, in the order raised. */
	public synchronized List<AlarmRecord> alarms() {
		return alarms.records();
	}

	/** The scores so far. */
	public synchronized Scores scores() {
		return new Scores(scores.bypassMinutes(), scores.minutesBelow272(), scores.minutesBelow280(), scores.nadirDo2i(),
				scores.maxGradientC(), scores.missedRedoses(), scores.maxVolumeError());
	}

	/** Defaults taken and events skipped so far, in order. */
	public synchronized List<String> notes() {
		return List.copyOf(notes);
	}

	/** The run so far as a result: its scores, alarms, last state and notes. */
	public synchronized RunResult result() {
		double wall = (System.nanoTime() - started) / 1e9;
		return new RunResult(plant.circuitName(), setup.scenario().name(), done * dt, wall, done, stopCause(),
				alarms.records(), scores(), state(), List.copyOf(notes), setup.patient().bsaSquareMetres());
	}
}
