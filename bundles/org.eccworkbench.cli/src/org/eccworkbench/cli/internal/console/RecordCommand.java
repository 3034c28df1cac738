package org.eccworkbench.cli.internal.console;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.eccworkbench.cli.Arguments;
import org.eccworkbench.cli.CommandIO;
import org.eccworkbench.cli.ExitCode;
import org.eccworkbench.cli.Subcommand;
import org.eccworkbench.cli.UsageException;
import org.eccworkbench.console.ConsoleDriver;
import org.eccworkbench.console.ConsoleSession;
import org.eccworkbench.console.SessionListener;
import org.eccworkbench.console.SessionOptions;
import org.eccworkbench.console.SessionState;
import org.eccworkbench.console.record.SessionRecorder;
import org.eccworkbench.console.registry.DriverDescriptor;
import org.eccworkbench.console.registry.DriverLoadException;
import org.eccworkbench.console.registry.DriverRegistry;
import org.eccworkbench.console.transport.Endpoint;
import org.eccworkbench.console.transport.TransportKind;
import org.eclipse.osgi.util.NLS;

/**
 * {@code eccw console record --driver ID (--host H --port N | --device PATH [--baud B])
 * [--seconds S] --out DIR}: records a console session, headless, into a case record folder. Exits
 * with 1 and the reason when the link is lost at the end and was not regained, or never came up.
 */
public final class RecordCommand implements Subcommand {

	@Override
	public int run(List<String> args, CommandIO io) throws Exception {
		Arguments a = Arguments.parse(args, Set.of("driver", "host", "port", "device", "baud", "seconds", "out"), Set.of());
		if (!a.positional().isEmpty()) {
			throw new UsageException(NLS.bind(ConsoleMessages.Console_unexpectedArgument, a.positional().get(0)));
		}
		String driverId = a.requiredOption("driver");
		Path out = Path.of(a.requiredOption("out"));
		double seconds = a.number("seconds", 1, 7 * 24 * 3600, "s").orElse(60.0);
		Endpoint endpoint = endpoint(a);
		DriverDescriptor descriptor = DriverRegistry.fromExtensions().find(driverId).orElseThrow(
				() -> new UsageException(NLS.bind(ConsoleMessages.Record_unknownDriver, driverId)));
		if (!descriptor.transports().contains(endpoint.kind())) {
			throw new UsageException(NLS.bind(ConsoleMessages.Record_transport, driverId, endpoint.kind().id()));
		}
		ConsoleDriver driver;
		try {
			driver = descriptor.createDriver();
		} catch (DriverLoadException e) {
			io.err().println(e.getMessage());
			return ExitCode.INTERNAL_ERROR;
		}
		AtomicReference<String> lastReason = new AtomicReference<>("");
		SessionRecorder recorder = new SessionRecorder(out, driverId, endpoint.toString());
		SessionState end;
		try (ConsoleSession session = ConsoleSession.create(driver, endpoint, SessionOptions.defaults())) {
			session.addListener(recorder);
			session.addListener(new SessionListener() {
				@Override
				public void stateChanged(SessionState from, SessionState to, String reason) {
					if (to != SessionState.DISCONNECTED) {
						lastReason.set(reason);
					}
					io.err().println(NLS.bind(ConsoleMessages.Record_state, to, reason));
				}
			});
			session.start();
			Thread.sleep((long) (seconds * 1000));
			end = session.state();
		}
		recorder.close();
		io.out().println(NLS.bind(ConsoleMessages.Record_done, new Object[] { Long.toString(recorder.samples()),
				Long.toString(recorder.gaps()), out }));
		if (end != SessionState.CONNECTED && end != SessionState.DEGRADED) {
			io.err().println(NLS.bind(ConsoleMessages.Record_lost, end, lastReason.get()));
			return ExitCode.INPUT_PROBLEM;
		}
		return ExitCode.OK;
	}

	private static Endpoint endpoint(Arguments a) throws UsageException {
		boolean tcp = a.option("host").isPresent() || a.option("port").isPresent();
		if (tcp == a.option("device").isPresent()) {
			throw new UsageException(ConsoleMessages.Record_hostOrDevice);
		}
		if (tcp) {
			double port = a.requiredNumber("port", 1, 65_535, "");
			return Endpoint.tcp(a.requiredOption("host"), (int) port);
		}
		double baud = a.number("baud", 300, 4_000_000, "Bd").orElse(115_200.0);
		return new Endpoint(TransportKind.SERIAL, null, 0, a.requiredOption("device"), (int) baud);
	}
}
