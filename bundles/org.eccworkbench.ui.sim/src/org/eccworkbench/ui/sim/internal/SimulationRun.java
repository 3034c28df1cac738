package org.eccworkbench.ui.sim.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.sim.Action;
import org.eccworkbench.sim.CircuitException;
import org.eccworkbench.sim.ScenarioException;
import org.eccworkbench.sim.SimulationSession;
import org.eccworkbench.sim.SimulationSetup;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

/**
 * The workbench's simulation run: the session, the thread that paces it at the chosen speed, the
 * trends it records and the problem that stopped it. Observers are told that something changed,
 * from any thread, and read the run when they redraw (the views throttle their redraws). An
 * exception of the engine pauses the run and is shown; it never leaves the run's thread.
 */
public final class SimulationRun {

	/** Wall-clock time between two advances of a running run, ms. */
	static final int TICK_MILLIS = 50;
	/** Simulated time between two trend points, s. */
	static final double SAMPLE_S = 1;
	/** What one press of Step advances, simulated s. */
	static final double STEP_S = 1;
	static final int TREND_CAPACITY = 1 << 14;
	private static final String BUNDLE = "org.eccworkbench.ui.sim"; //$NON-NLS-1$
	private static final SimulationRun INSTANCE = new SimulationRun();

	private final List<Runnable> observers = new CopyOnWriteArrayList<>();
	private final Pacing pacing = new Pacing();
	private final SimTrendBuffer trends = new SimTrendBuffer(TREND_CAPACITY);
	private volatile SimulationSession session;
	private volatile boolean paused = true;
	private volatile boolean stopped = true;
	private volatile String problem = ""; //$NON-NLS-1$
	private Thread thread;
	/** Simulated seconds due but not yet taken (less than a step), carried to the next tick. */
	private double owed;
	private double nextSampleS;

	/** The run of the workbench. */
	public static SimulationRun get() {
		return INSTANCE;
	}

	void addObserver(Runnable observer) {
		observers.add(observer);
	}

	void removeObserver(Runnable observer) {
		observers.remove(observer);
	}

	private void changed() {
		observers.forEach(Runnable::run);
	}

	/**
	 * Stops the current run and starts one of {@code setup}, running at the current speed.
	 *
	 * @throws CircuitException when the engine refuses the circuit; nothing runs then
	 */
	public synchronized void start(SimulationSetup setup) throws CircuitException {
		stop();
		SimulationSession started = SimulationSession.start(setup);
		trends.clear();
		owed = 0;
		trends.add(0, started.signals());
		nextSampleS = SAMPLE_S;
		problem = ""; //$NON-NLS-1$
		session = started;
		paused = false;
		stopped = false;
		thread = new Thread(() -> loop(started), "Simulation run"); //$NON-NLS-1$
		thread.setDaemon(true);
		thread.start();
		changed();
	}

	/** Ends the run: its last state stays on show, it advances no more. */
	public void stop() {
		Thread running;
		synchronized (this) {
			stopped = true;
			paused = true;
			running = thread;
			thread = null;
		}
		if (running != null && running != Thread.currentThread()) {
			running.interrupt();
			try {
				running.join(2000);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		changed();
	}

	/** Shows a problem of the setup (the run, if any, is left as it is). */
	void failed(String why) {
		problem = why;
		changed();
	}

	public void play() {
		if (!stopped && session != null && session.running()) {
			paused = false;
			changed();
		}
	}

	public void pause() {
		paused = true;
		changed();
	}

	/** Advances a paused run by {@link #STEP_S}. */
	public void step() {
		SimulationSession current = session;
		if (current == null || stopped || !paused) {
			return;
		}
		guarded(current, () -> advance(current, STEP_S));
		changed();
	}

	public void setSpeed(int times) {
		pacing.setSpeed(times);
		changed();
	}

	public int speed() {
		return pacing.speed();
	}

	/**
	 * An operator's action on the running case, for the start of the next step.
	 *
	 * @throws ScenarioException when a value is missing or out of its range; the message names it
	 * @throws IllegalStateException when there is no run to act on
	 */
	public void act(Action action, Map<String, Double> numbers, Map<String, String> words) throws ScenarioException {
		SimulationSession current = session;
		if (current == null || stopped) {
			throw new IllegalStateException(Messages.Control_noRun);
		}
		current.act(action, numbers, words);
		changed();
	}

	/** The session of the last run started, running or not. */
	public Optional<SimulationSession> session() {
		return Optional.ofNullable(session);
	}

	public Optional<Circuit> circuit() {
		SimulationSession current = session;
		return current == null ? Optional.empty() : Optional.of(current.setup().circuit());
	}

	public boolean paused() {
		return paused;
	}

	/** Whether a run is in progress (started, not stopped, not at its end or stopped on an impossible state). */
	public boolean active() {
		SimulationSession current = session;
		return current != null && !stopped && current.running();
	}

	/** The last problem: an engine failure, a setup refused; empty when none. */
	public String problem() {
		return problem;
	}

	SimTrendBuffer trends() {
		return trends;
	}

	private void loop(SimulationSession run) {
		long last = System.nanoTime();
		while (!Thread.currentThread().isInterrupted() && session == run && !stopped) {
			long now = System.nanoTime();
			double wall = (now - last) / 1e9;
			last = now;
			if (!paused && run.running()) {
				double due = pacing.simulatedSeconds(wall);
				guarded(run, () -> advance(run, due));
				if (!run.running()) {
					paused = true;
				}
				changed();
			}
			try {
				Thread.sleep(TICK_MILLIS);
			} catch (InterruptedException e) {
				return;
			}
		}
	}

	/** Advances by {@code seconds} (plus what was owed), adding a trend point every {@link #SAMPLE_S}. */
	private void advance(SimulationSession run, double seconds) {
		synchronized (trends) {
			owed += seconds;
			double target = run.timeS() + owed;
			while (run.running() && target - run.timeS() >= run.stepS() / 2) {
				double before = run.timeS();
				double until = Math.min(target, nextSampleS);
				if (run.advance(until - before) == 0 && until == target) {
					break;
				}
				if (run.timeS() >= nextSampleS - run.stepS() / 2) {
					trends.add(run.timeS(), run.signals());
					nextSampleS += SAMPLE_S;
				}
			}
			owed = run.running() ? Math.max(0, target - run.timeS()) : 0;
			if (!run.running()) {
				trends.add(run.timeS(), run.signals());
			}
		}
	}

	/** Runs {@code work}; an exception of the engine pauses the run, is shown and logged. */
	void guarded(SimulationSession run, Runnable work) {
		try {
			work.run();
		} catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
			paused = true;
			problem = NLS.bind(Messages.Run_engineFailed, String.valueOf(e.getMessage() == null ? e : e.getMessage()));
			ILog.of(SimulationRun.class).log(new Status(IStatus.ERROR, BUNDLE,
					NLS.bind(Messages.Run_engineFailed, run.setup().circuit().getName()), e));
		}
	}
}
