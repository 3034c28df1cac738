package org.eccworkbench.console.simulated.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eccworkbench.console.Alarm;
import org.eccworkbench.console.Command;
import org.eccworkbench.console.CommandResult;
import org.eccworkbench.console.ConsoleMode;
import org.eccworkbench.console.ConsoleSession;
import org.eccworkbench.console.Sample;
import org.eccworkbench.console.SessionListener;
import org.eccworkbench.console.SessionOptions;
import org.eccworkbench.console.simulated.SimulatedConsoleDriver;
import org.eccworkbench.console.tck.SessionProbe;
import org.junit.jupiter.api.Test;

/**
 * The virtual console as a process over TCP, driven by the simulation engine: a host's command in
 * training mode moves the engine's pump, and a physiology fault on the control lines stops the
 * arterial flow and sounds the console's pump alarm.
 */
class SimulatedTcpEngineTest {

	private static final Duration PATIENCE = Duration.ofSeconds(45);

	@Test
	void aCommandAndAFaultReachTheEngineOverTheLink() throws Exception {
		try (VirtualConsoleProcess console = VirtualConsoleProcess.tcp()) {
			console.start();
			console.mode(ConsoleMode.TRAINING);
			Latest latest = new Latest();
			SessionProbe probe = new SessionProbe();
			try (ConsoleSession session = ConsoleSession.create(new SimulatedConsoleDriver(), console.endpoint(),
					SessionOptions.defaults())) {
				session.addListener(latest);
				session.addListener(probe);
				session.start();
				assertTrue(SessionProbe.await(() -> probe.description() != null
						&& probe.description().mode() == ConsoleMode.TRAINING && latest.value("p1.flow") > 1, PATIENCE),
						() -> "no flow in training mode: " + latest);
				CommandResult result = session.send(new Command("engine-rpm", "P1", "set-rpm", 70))
						.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
				assertTrue(result.accepted(), () -> "refused: " + result.reason());
				assertTrue(SessionProbe.await(() -> Math.abs(latest.value("p1.rpm") - 70) < 1e-6, PATIENCE),
						() -> "p1.rpm did not follow the command: " + latest);
				console.control("fault pump_failure");
				assertTrue(SessionProbe.await(() -> latest.value("p1.flow") == 0 && latest.alarmOn("PUMP_FAILURE"), PATIENCE),
						() -> "no pump failure: " + latest);
				console.control("fault nosuch");
				assertTrue(SessionProbe.await(() -> console.output().stream().anyMatch(l -> l.contains("done: fault pump_failure"))
						&& console.output().stream().anyMatch(l -> l.contains("fault nosuch") && l.contains("unknown fault")),
						PATIENCE), () -> String.join("\n", console.output()));
			}
		}
	}

	/** The last value of each channel and the alarms on. */
	private static final class Latest implements SessionListener {
		private final Map<String, Double> values = new HashMap<>();
		private final Set<String> alarms = new HashSet<>();

		@Override
		public synchronized void sample(Sample sample) {
			values.put(sample.channel(), sample.hasValue() ? sample.value() : Double.NaN);
		}

		@Override
		public synchronized void alarm(Alarm alarm) {
			if (alarm.active()) {
				alarms.add(alarm.code());
			} else {
				alarms.remove(alarm.code());
			}
		}

		synchronized double value(String channel) {
			return values.getOrDefault(channel, Double.NaN);
		}

		synchronized boolean alarmOn(String code) {
			return alarms.contains(code);
		}

		@Override
		public synchronized String toString() {
			return "p1.rpm " + value("p1.rpm") + ", p1.flow " + value("p1.flow") + ", alarms " + alarms;
		}
	}
}
