package org.eccworkbench.console.tck;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eccworkbench.console.Alarm;
import org.eccworkbench.console.ConsoleDescription;
import org.eccworkbench.console.Gap;
import org.eccworkbench.console.Quality;
import org.eccworkbench.console.Sample;
import org.eccworkbench.console.SessionListener;
import org.eccworkbench.console.SessionState;

/**
 * A listener that keeps what a session delivered, for the suites' checks: every state entered
 * (so that a short-lived state is not missed), samples per channel with ordering faults, gaps,
 * malformed and dropped counts. Waits poll every 20 ms up to a generous timeout; nothing here
 * asserts how fast things happen.
 */
public final class SessionProbe implements SessionListener {

	private final List<SessionState> entered = new ArrayList<>();
	private final Map<String, Instant> lastTime = new HashMap<>();
	private final List<String> disorder = new ArrayList<>();
	private final List<Sample> lost = new ArrayList<>();
	private final List<Gap> gaps = new ArrayList<>();
	private final List<Alarm> alarms = new ArrayList<>();
	private final List<Sample> firstSamples = new ArrayList<>();
	private ConsoleDescription description;
	private long samples;
	private long malformed;
	private long dropped;
	private Thread dispatchThread;

	@Override
	public synchronized void stateChanged(SessionState from, SessionState to, String reason) {
		entered.add(to);
	}

	@Override
	public synchronized void described(ConsoleDescription d) {
		description = d;
	}

	@Override
	public synchronized void sample(Sample sample) {
		dispatchThread = Thread.currentThread();
		if (sample.quality() == Quality.LOST) {
			lost.add(sample);
			return;
		}
		samples++;
		if (firstSamples.size() < 1000) {
			firstSamples.add(sample);
		}
		Instant previous = lastTime.put(sample.channel(), sample.deviceTime());
		if (previous != null && sample.deviceTime().isBefore(previous) && disorder.size() < 10) {
			disorder.add(sample.channel() + ": " + sample.deviceTime() + " after " + previous);
		}
	}

	@Override
	public synchronized void alarm(Alarm alarm) {
		alarms.add(alarm);
	}

	@Override
	public synchronized void gap(Gap gap) {
		gaps.add(gap);
	}

	@Override
	public synchronized void malformed(long count, String lastReason) {
		malformed += count;
	}

	@Override
	public synchronized void dropped(long count, long total) {
		dropped = total;
	}

	/** How many states were entered so far; pass it to {@link #enteredSince}. */
	public synchronized int mark() {
		return entered.size();
	}

	/** Whether {@code state} was entered after {@code mark}. */
	public synchronized boolean enteredSince(int mark, SessionState state) {
		return entered.subList(Math.min(mark, entered.size()), entered.size()).contains(state);
	}

	public synchronized List<SessionState> states() {
		return List.copyOf(entered);
	}

	public synchronized long samples() {
		return samples;
	}

	public synchronized List<Sample> firstSamples() {
		return List.copyOf(firstSamples);
	}

	public synchronized List<Sample> lostSamples() {
		return List.copyOf(lost);
	}

	public synchronized List<Gap> gaps() {
		return List.copyOf(gaps);
	}

	public synchronized List<String> disorder() {
		return List.copyOf(disorder);
	}

	public synchronized long malformed() {
		return malformed;
	}

	public synchronized long dropped() {
		return dropped;
	}

	public synchronized ConsoleDescription description() {
		return description;
	}

	public synchronized Thread dispatchThread() {
		return dispatchThread;
	}

	/** Waits until {@code state} has been entered after {@code mark}; returns whether it was. */
	public boolean awaitEntered(int mark, SessionState state, Duration timeout) throws InterruptedException {
		return await(() -> enteredSince(mark, state), timeout);
	}

	/** Waits until {@code condition} holds; returns whether it did within {@code timeout}. */
	public static boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() - deadline > 0) {
				return false;
			}
			Thread.sleep(20);
		}
		return true;
	}
}
