package org.eccworkbench.console.simulated.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eccworkbench.cli.Arguments;
import org.eccworkbench.cli.CommandIO;
import org.eccworkbench.cli.ExitCode;
import org.eccworkbench.cli.JsonObject;
import org.eccworkbench.cli.Subcommand;
import org.eccworkbench.cli.UsageException;
import org.eccworkbench.console.ConsoleSession;
import org.eccworkbench.console.SessionOptions;
import org.eccworkbench.console.SessionState;
import org.eccworkbench.console.record.SessionRecorder;
import org.eccworkbench.console.simulated.SimulatedConsoleDriver;
import org.eccworkbench.console.simulated.server.ConsoleServer;
import org.eccworkbench.console.simulated.server.ServerOptions;
import org.eccworkbench.console.transport.Endpoint;
import org.eclipse.osgi.util.NLS;

/**
 * {@code eccw console bench [--seconds S] [--rate HZ] [--json]}: runs the virtual console in this
 * process on a loopback port and a recorded session against it. First the ingestion phase: frames
 * at {@code --rate} (29 channels each) for {@code S} seconds, recorded to a temporary folder;
 * then the latency phase: 100 frames/s, device time stamp to listener. Each phase measures after
 * a warm-up of 2 s. Not a test: it prints
 * figures, which depend on the machine.
 */
public final class BenchCommand implements Subcommand {

	static final String SECONDS = "seconds";
	static final String RATE = "rate";
	static final String JSON = "json";
	/** Before measuring, the session runs this long: class loading and compilation are not measured. */
	static final long WARM_UP_MILLIS = 2_000;

	@Override
	public int run(List<String> args, CommandIO io) throws Exception {
		Arguments arguments = Arguments.parse(args, Set.of(SECONDS, RATE), Set.of(JSON));
		if (!arguments.positional().isEmpty()) {
			throw new UsageException(NLS.bind(Messages.Bench_unexpected, arguments.positional().get(0)));
		}
		double seconds = arguments.number(SECONDS, 1, 600, "s").orElse(10.0);
		double rate = arguments.number(RATE, 10, 20_000, "Hz").orElse(4000.0);
		io.err().println(NLS.bind(Messages.Bench_ingestion, fixed(seconds, 0), fixed(rate, 0)));
		BenchRun.Result load = phase(rate, seconds, io);
		io.err().println(Messages.Bench_latency);
		BenchRun.Result latency = phase(100, Math.max(5, seconds / 2), io);
		if (load == null || latency == null) {
			return ExitCode.INTERNAL_ERROR;
		}
		if (arguments.flag(JSON)) {
			io.out().println(new JsonObject().put("ingest_samples_per_s", Math.rint(load.samplesPerSecond()))
					.put("ingest_dropped", load.dropped()).put("ingest_recorded", load.recorded())
					.put("ingest_latency_p50_ms", load.p50Millis()).put("ingest_latency_p99_ms", load.p99Millis())
					.put("latency_p50_ms", latency.p50Millis()).put("latency_p99_ms", latency.p99Millis())
					.put("offered_frames_per_s", rate).put("seconds", seconds));
		} else {
			io.out().println(NLS.bind(Messages.Bench_resultIngest, new Object[] { fixed(load.samplesPerSecond(), 0),
					Long.toString(load.recorded()), Long.toString(load.dropped()), fixed(rate, 0) }));
			io.out().println(NLS.bind(Messages.Bench_resultLatencyLoad, fixed(load.p50Millis(), 2), fixed(load.p99Millis(), 2)));
			io.out().println(NLS.bind(Messages.Bench_resultLatency, fixed(latency.p50Millis(), 2), fixed(latency.p99Millis(), 2)));
		}
		return ExitCode.OK;
	}

	private static BenchRun.Result phase(double rate, double seconds, CommandIO io) throws Exception {
		ConsoleServer server = new ConsoleServer(
				ServerOptions.parse(List.of("--port", "0", "--rate", Double.toString(rate), "--seed", "1", "--circuit",
						org.eccworkbench.console.simulated.PlainConsole.defaultCircuit().toString())),
				new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
		Thread serving = new Thread(() -> {
			try {
				server.serve();
			} catch (IOException e) {
				// Reported through boundPort() below, or by the session failing to connect.
			}
		}, "eccw-bench-console");
		serving.setDaemon(true);
		serving.start();
		int port = server.boundPort().get(10, TimeUnit.SECONDS);
		Path folder = Files.createTempDirectory("eccw-bench");
		BenchRun run = new BenchRun();
		try (SessionRecorder recorder = new SessionRecorder(folder, "bench", "tcp://127.0.0.1:" + port);
				ConsoleSession session = ConsoleSession.create(new SimulatedConsoleDriver(), Endpoint.tcp("127.0.0.1", port),
						SessionOptions.defaults().withQueueCapacity(262_144))) {
			session.addListener(recorder);
			session.addListener(run);
			session.start();
			if (!session.awaitState(SessionState.CONNECTED, Duration.ofSeconds(15))) {
				io.err().println(NLS.bind(Messages.Bench_noConnection, session.state()));
				return null;
			}
			Thread.sleep(WARM_UP_MILLIS);
			run.begin(recorder);
			Thread.sleep((long) (seconds * 1000));
			return run.end(recorder, session.droppedSamples());
		} finally {
			try (var files = Files.walk(folder)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	static String fixed(double value, int decimals) {
		return String.format(Locale.ROOT, "%." + decimals + "f", value);
	}
}
