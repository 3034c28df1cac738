package org.eccworkbench.console.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.eccworkbench.console.Command;
import org.eccworkbench.console.CommandResult;
import org.eccworkbench.console.ConsoleMode;
import org.eccworkbench.console.ConsoleSession;
import org.eccworkbench.console.Gap;
import org.eccworkbench.console.Quality;
import org.eccworkbench.console.Sample;
import org.eccworkbench.console.SessionListener;
import org.eccworkbench.console.SessionOptions;
import org.eccworkbench.console.SessionState;
import org.eccworkbench.console.internal.session.SessionEngine;
import org.eccworkbench.console.tests.FakeConsole.Behaviour;
import org.eccworkbench.console.transport.Endpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The session engine against drivers that misbehave: states, lost samples, drops, the command gate. */
class SessionEngineTest {

	private static final Duration PATIENCE = Duration.ofSeconds(30);
	private static final SessionOptions OPTIONS = SessionOptions.defaults()
			.withFrameTimeouts(Duration.ofMillis(500), Duration.ofSeconds(1)).withQueueCapacity(100);

	private final List<SessionState> states = new CopyOnWriteArrayList<>();
	private final List<Sample> lost = new CopyOnWriteArrayList<>();
	private final List<Gap> gaps = new CopyOnWriteArrayList<>();
	private final AtomicLong samples = new AtomicLong();
	private ConsoleSession session;

	private FakeConsole start(Behaviour behaviour, ConsoleMode mode, SessionListener extra) {
		FakeConsole driver = new FakeConsole(behaviour, mode);
		session = new SessionEngine(driver, Endpoint.tcp("localhost", 9), FakeConsole.transports(), OPTIONS);
		session.addListener(new SessionListener() {
			@Override
			public void stateChanged(SessionState from, SessionState to, String reason) {
				states.add(to);
			}

			@Override
			public void sample(Sample sample) {
				if (sample.quality() == Quality.LOST) {
					lost.add(sample);
				} else {
					samples.incrementAndGet();
				}
			}

			@Override
			public void gap(Gap gap) {
				gaps.add(gap);
			}
		});
		if (extra != null) {
			session.addListener(extra);
		}
		session.start();
		return driver;
	}

	@AfterEach
	void close() {
		if (session != null) {
			session.close();
		}
	}

	@Test
	void aDriverThatThrowsLosesTheLinkWhichIsRegained() throws InterruptedException {
		FakeConsole driver = start(Behaviour.THROWS, ConsoleMode.CLINICAL, null);
		assertTrue(await(() -> states.contains(SessionState.LOST)), states::toString);
		assertTrue(await(() -> driver.opens.get() >= 2 && states.lastIndexOf(SessionState.CONNECTED) > states.indexOf(SessionState.LOST)),
				states::toString);
		assertEquals(1, lost.size(), "one lost sample per channel");
		assertTrue(Double.isNaN(lost.get(0).value()));
		assertTrue(await(() -> gaps.size() == 1));
	}

	@Test
	void aDriverThatHangsIsLeftBehindAndTheCallerIsNotBlocked() throws InterruptedException {
		FakeConsole driver = start(Behaviour.HANGS, ConsoleMode.CLINICAL, null);
		assertTrue(await(() -> states.contains(SessionState.DEGRADED)), states::toString);
		assertTrue(await(() -> states.contains(SessionState.LOST)), states::toString);
		assertTrue(await(() -> driver.opens.get() >= 2 && session.state() == SessionState.CONNECTED), states::toString);
		long start = System.nanoTime();
		session.close();
		assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "close waited for the hung driver");
		assertEquals(SessionState.DISCONNECTED, session.state());
	}

	@Test
	void aFloodWithASlowListenerDropsAndCountsSamplesButKeepsTheLink() throws InterruptedException {
		AtomicLong reported = new AtomicLong();
		start(Behaviour.FLOODS, ConsoleMode.CLINICAL, new SessionListener() {
			@Override
			public void sample(Sample sample) {
				try {
					Thread.sleep(1);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}

			@Override
			public void dropped(long count, long total) {
				reported.set(total);
			}
		});
		assertTrue(await(() -> session.droppedSamples() > 1000), () -> "dropped " + session.droppedSamples());
		assertTrue(await(() -> reported.get() > 0), "drops not reported to listeners");
		assertFalse(states.contains(SessionState.LOST), states::toString);
		assertEquals(SessionState.CONNECTED, session.state());
	}

	@Test
	void commandsAreNeverSentToAConsoleInClinicalMode() throws Exception {
		FakeConsole driver = start(Behaviour.STEADY, ConsoleMode.CLINICAL, null);
		assertTrue(session.awaitState(SessionState.CONNECTED, PATIENCE));
		CommandResult result = session.send(new Command("c1", "P1", "set-rpm", 100)).get(10, TimeUnit.SECONDS);
		assertFalse(result.accepted());
		assertFalse(result.sent());
		assertTrue(result.reason().contains("clinical"), result.reason());
		assertEquals(List.of(), driver.commands);
	}

	@Test
	void commandsAreSentInTrainingModeAndAnswered() throws Exception {
		FakeConsole driver = start(Behaviour.STEADY, ConsoleMode.TRAINING, null);
		assertTrue(session.awaitState(SessionState.CONNECTED, PATIENCE));
		assertTrue(await(() -> samples.get() > 0), "no frame read: the fake answers through the sink of its last read");
		CommandResult result = session.send(new Command("c1", "P1", "set-rpm", 100)).get(10, TimeUnit.SECONDS);
		assertTrue(result.accepted(), result.reason());
		assertEquals(1, driver.commands.size());
	}

	@Test
	void commandsBeforeTheConnectionAreRefused() throws Exception {
		session = new SessionEngine(new FakeConsole(Behaviour.STEADY, ConsoleMode.TRAINING), Endpoint.tcp("localhost", 9),
				FakeConsole.transports(), OPTIONS);
		CommandResult result = session.send(new Command("c1", "P1", "set-rpm", 100)).get(10, TimeUnit.SECONDS);
		assertFalse(result.sent());
	}

	private static boolean await(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			Thread.sleep(20);
		}
		return true;
	}
}
