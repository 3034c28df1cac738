package org.eccworkbench.console.simulated.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eccworkbench.console.Command;
import org.eccworkbench.console.ConsoleMode;
import org.eccworkbench.console.simulated.PlainConsole;
import org.eccworkbench.console.simulated.server.ServeMain;
import org.eccworkbench.console.tck.ConsoleFixture;
import org.eccworkbench.console.transport.Endpoint;

/**
 * The virtual heart-lung machine as a separate Java process (on the plain class path of its
 * bundles, the simulation engine's among them), simulating the adult template, over TCP or over a
 * socat pseudo-terminal pair, so that kill() is a real SIGKILL. Faults go to the process's control
 * lines on standard input.
 */
final class VirtualConsoleProcess implements ConsoleFixture {

	static final double RATE_HZ = 20;
	private static final Pattern LISTENING = Pattern.compile("tcp://[^:]+:(\\d+)");

	private final boolean pty;
	private final Path work;
	private final String classPath;
	private final Path circuit;
	private Process console;
	private Process socat;
	private Writer control;
	private int port;
	private String mode = "simulation";
	private final AtomicLong commands = new AtomicLong();
	private final List<String> printed = new ArrayList<>();

	private VirtualConsoleProcess(boolean pty) throws IOException {
		this.pty = pty;
		this.work = Files.createTempDirectory("eccw-vh1");
		this.classPath = PlainConsole.classPath(work.resolve("classes"));
		this.circuit = PlainConsole.defaultCircuit();
	}

	static VirtualConsoleProcess tcp() throws IOException {
		return new VirtualConsoleProcess(false);
	}

	static VirtualConsoleProcess pty() throws IOException {
		return new VirtualConsoleProcess(true);
	}

	@Override
	public void start() throws Exception {
		if (pty && socat == null) {
			startSocat();
		}
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
				classPath, ServeMain.class.getName(), "--seed", "7", "--rate", Double.toString(RATE_HZ), "--mode", mode,
				"--circuit", circuit.toString()));
		command.addAll(pty ? List.of("--pty", work.resolve("console").toString()) : List.of("--port", Integer.toString(port)));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("LANG", "C");
		builder.environment().remove("JAVA_TOOL_OPTIONS");
		console = builder.start();
		control = new InputStreamWriterTo(console.getOutputStream());
		CompletableFuture<Integer> listening = new CompletableFuture<>();
		Thread reader = new Thread(() -> read(console.getInputStream(), listening), "vh1-process-output");
		reader.setDaemon(true);
		reader.start();
		int bound = listening.get(30, TimeUnit.SECONDS);
		if (!pty) {
			port = bound;
		}
	}

	private void read(InputStream output, CompletableFuture<Integer> listening) {
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				Matcher m = LISTENING.matcher(line);
				if (m.find()) {
					listening.complete(Integer.parseInt(m.group(1)));
				} else if (line.contains("listening on")) {
					listening.complete(0);
				}
				synchronized (this) {
					printed.add(line);
				}
				if (line.contains("$CMD,")) {
					commands.incrementAndGet();
				}
			}
		} catch (IOException e) {
			// The process ended.
		} finally {
			listening.completeExceptionally(new IOException("the virtual console ended before listening"));
		}
	}

	private void startSocat() throws Exception {
		ProcessBuilder builder = new ProcessBuilder("socat", "-d", "-d",
				"pty,raw,echo=0,link=" + work.resolve("console"), "pty,raw,echo=0,link=" + work.resolve("host"))
				.redirectErrorStream(true).redirectOutput(work.resolve("socat.log").toFile());
		socat = builder.start();
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (!(Files.exists(work.resolve("console")) && Files.exists(work.resolve("host")))) {
			if (System.nanoTime() > deadline || !socat.isAlive()) {
				throw new IOException("socat made no pty pair: " + Files.readString(work.resolve("socat.log")));
			}
			Thread.sleep(20);
		}
	}

	@Override
	public Endpoint endpoint() {
		return pty ? Endpoint.serial(work.resolve("host").toString(), 115_200) : Endpoint.tcp("127.0.0.1", port);
	}

	@Override
	public void kill() throws InterruptedException {
		console.destroyForcibly();
		console.waitFor(30, TimeUnit.SECONDS);
	}

	@Override
	public void garbage(int lines) throws IOException {
		send("garbage " + lines);
	}

	@Override
	public void stall(Duration length) throws IOException {
		send(String.format(Locale.ROOT, "stall %.3f", length.toMillis() / 1000.0));
	}

	@Override
	public void flood(int factor, Duration length) throws IOException {
		send(String.format(Locale.ROOT, "flood %d %.3f", factor, length.toMillis() / 1000.0));
	}

	@Override
	public double frameRateHz() {
		return RATE_HZ;
	}

	@Override
	public void mode(ConsoleMode newMode) throws IOException {
		mode = newMode.id();
		send("mode " + mode);
	}

	@Override
	public long commandsReceived() {
		return commands.get();
	}

	@Override
	public Optional<Command> acceptedCommand() {
		return Optional.of(new Command("tck-rpm", "P1", "set-rpm", 90));
	}

	/** Sends a control line to the console (for example {@code fault pump_failure}). */
	void control(String line) throws IOException {
		send(line);
	}

	/** The console's output so far (its log: control lines answered, commands, alarms of the engine's end). */
	synchronized List<String> output() {
		return List.copyOf(printed);
	}

	private void send(String line) throws IOException {
		control.write(line + "\n");
		control.flush();
	}

	@Override
	public void close() throws Exception {
		if (console != null) {
			kill();
		}
		if (socat != null) {
			socat.destroyForcibly();
			socat.waitFor(30, TimeUnit.SECONDS);
		}
		try (var files = Files.walk(work)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	/** A writer to the process's standard input. */
	private static final class InputStreamWriterTo extends java.io.OutputStreamWriter {
		InputStreamWriterTo(OutputStream out) {
			super(out, StandardCharsets.UTF_8);
		}
	}
}
