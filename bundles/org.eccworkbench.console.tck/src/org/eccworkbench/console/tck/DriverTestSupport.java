package org.eccworkbench.console.tck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eccworkbench.console.ConsoleDriver;
import org.eccworkbench.console.ConsoleSession;
import org.eccworkbench.console.SessionOptions;
import org.eccworkbench.console.SessionState;
import org.eccworkbench.console.record.SessionRecorder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the test kit suites share: the vendor's driver and console fixture, one recorded session
 * per test with a {@link SessionProbe}, and generous waits. A vendor does not extend this class
 * directly but the suites: {@link ConnectionSuite}, {@link FaultSuite}, {@link CommandSuite}.
 */
public abstract class DriverTestSupport {

	/** The longest any wait of the suites lasts; failures only take this long. */
	protected static final Duration PATIENCE = Duration.ofSeconds(45);

	protected ConsoleFixture fixture;
	protected ConsoleSession session;
	protected SessionProbe probe;
	protected SessionRecorder recorder;

	@TempDir
	protected Path recording;

	/** The driver under test, as the registry would create it. */
	protected abstract ConsoleDriver createDriver() throws Exception;

	/** The console the driver talks to, not started yet. */
	protected abstract ConsoleFixture createFixture() throws Exception;

	/**
	 * The session's timeouts: DEGRADED after 1 s without a frame, LOST after 3 s, quick
	 * reconnection. A console that sends less than two frames per second needs longer ones.
	 */
	protected SessionOptions sessionOptions() {
		return SessionOptions.defaults().withFrameTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(3));
	}

	@BeforeEach
	void startConsole() throws Exception {
		fixture = createFixture();
		fixture.start();
	}

	@AfterEach
	void stopEverything() throws Exception {
		try {
			if (session != null) {
				session.close();
			}
			if (recorder != null) {
				recorder.close();
			}
		} finally {
			fixture.close();
		}
	}

	/** Opens a recorded session to the fixture and waits until it is connected. */
	protected ConsoleSession connect() throws Exception {
		session = ConsoleSession.create(createDriver(), fixture.endpoint(), sessionOptions());
		probe = new SessionProbe();
		recorder = new SessionRecorder(recording, getClass().getName(), fixture.endpoint().toString());
		session.addListener(recorder);
		session.addListener(probe);
		session.start();
		assertTrue(probe.awaitEntered(0, SessionState.CONNECTED, PATIENCE), () -> "never connected: " + probe.states());
		return session;
	}

	/** Waits until at least {@code count} more good samples than now have arrived. */
	protected void awaitMoreSamples(long count) throws InterruptedException {
		long start = probe.samples();
		assertTrue(SessionProbe.await(() -> probe.samples() >= start + count, PATIENCE),
				() -> "samples stopped at " + probe.samples() + ", state " + session.state());
	}

	/** The recorded events so far (flushed first). */
	protected String recordedEvents() throws IOException, InterruptedException {
		Thread.sleep(600);
		return Files.readString(recording.resolve(SessionRecorder.EVENTS), StandardCharsets.UTF_8);
	}

	/** Samples of one frame: the number of channels the console described. */
	protected int channelsPerFrame() {
		return Math.max(1, session.description().orElseThrow().channels().size());
	}
}
