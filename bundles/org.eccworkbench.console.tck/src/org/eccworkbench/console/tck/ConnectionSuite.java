package org.eccworkbench.console.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eccworkbench.console.ChannelSpec;
import org.eccworkbench.console.Command;
import org.eccworkbench.console.ConsoleDescription;
import org.eccworkbench.console.ConsoleModule;
import org.eccworkbench.console.ConsoleSession;
import org.eccworkbench.console.Sample;
import org.eccworkbench.console.SessionState;
import org.eccworkbench.console.transport.Endpoint;
import org.junit.jupiter.api.Test;

/**
 * Connection and telemetry: a driver connects, describes the console, streams ordered samples in
 * the declared units, and never blocks the caller's thread.
 */
public abstract class ConnectionSuite extends DriverTestSupport {

	@Test
	public void connectsDescribesTheConsoleAndDisconnects() throws Exception {
		ConsoleSession s = connect();
		ConsoleDescription d = s.description().orElseThrow();
		assertFalse(d.modules().isEmpty(), "the console describes no module");
		Set<String> ids = new HashSet<>();
		for (ConsoleModule module : d.modules()) {
			assertTrue(ids.add(module.id()), "module identifier twice: " + module.id());
			for (ChannelSpec channel : module.channels()) {
				assertFalse(channel.unit().isBlank(), "channel without unit: " + channel.id());
			}
		}
		assertEquals(d.channels().size(), d.channels().stream().map(ChannelSpec::id).distinct().count(),
				"a channel identifier appears in two modules");
		s.close();
		assertEquals(SessionState.DISCONNECTED, s.state());
	}

	@Test
	public void telemetryIsOrderedAndCarriesTheDeclaredUnits() throws Exception {
		ConsoleSession s = connect();
		awaitMoreSamples(3L * channelsPerFrame());
		ConsoleDescription d = s.description().orElseThrow();
		List<Sample> samples = probe.firstSamples();
		assertFalse(samples.isEmpty());
		for (Sample sample : samples) {
			ChannelSpec declared = d.channel(sample.channel()).orElse(null);
			assertNotEquals(null, declared, () -> "undeclared channel " + sample.channel());
			assertEquals(declared.unit(), sample.unit(), () -> "unit of " + sample.channel());
			assertFalse(sample.receivedTime().isBefore(sample.deviceTime().minusSeconds(5)),
					() -> "device time in the future: " + sample);
		}
		assertEquals(List.of(), probe.disorder(), "samples of a channel out of time order");
		assertNotEquals(null, probe.dispatchThread());
		assertNotEquals(Thread.currentThread(), probe.dispatchThread());
	}

	@Test
	public void theCallersThreadIsNeverBlocked() throws Exception {
		ConsoleSession s = connect();
		fixture.stall(Duration.ofSeconds(20));
		Thread.sleep(200);
		assertReturnsPromptly(() -> s.state());
		assertReturnsPromptly(() -> s.send(new Command("tck-1", "none", "none", 0)));
		assertReturnsPromptly(s::close);
		assertEquals(SessionState.DISCONNECTED, s.state());
		ConsoleSession unreachable = ConsoleSession.create(createDriver(), unreachable(), sessionOptions());
		assertReturnsPromptly(unreachable::start);
		assertReturnsPromptly(unreachable::close);
	}

	/** An endpoint that nothing answers: a closed local port, or a missing device. */
	protected Endpoint unreachable() {
		Endpoint e = fixture.endpoint();
		return e.kind() == org.eccworkbench.console.transport.TransportKind.TCP ? Endpoint.tcp("127.0.0.1", 1)
				: Endpoint.serial(e.device() + ".missing", e.baud());
	}

	/** Fails when {@code action} takes more than 5 s, far less than the 20 s the console stalls. */
	protected static void assertReturnsPromptly(Runnable action) {
		long start = System.nanoTime();
		action.run();
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertTrue(millis < 5_000, "the caller's thread was blocked for " + millis + " ms");
	}
}
