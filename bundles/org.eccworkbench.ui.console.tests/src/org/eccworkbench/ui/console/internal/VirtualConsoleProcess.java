package org.eccworkbench.ui.console.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eccworkbench.console.simulated.PlainConsole;
import org.eccworkbench.console.simulated.server.ServeMain;

/**
 * The virtual heart-lung machine VH-1 in a process of its own on a free TCP port, so that the
 * test can stop it as a console stops: at once, without closing its links politely. It runs on
 * the plain class path of its bundles (the simulation engine's among them), simulating the adult
 * template.
 */
final class VirtualConsoleProcess implements AutoCloseable {

	private static final Pattern LISTENING = Pattern.compile("tcp://[^:\\s]+:(\\d+)");

	private final Path work;
	private final Process process;
	private final int port;

	private VirtualConsoleProcess(Path work, Process process, int port) {
		this.work = work;
		this.process = process;
		this.port = port;
	}

	static VirtualConsoleProcess start(double rateHz) throws Exception {
		Path work = Files.createTempDirectory("eccw-ui-vh1");
		String classPath = PlainConsole.classPath(work.resolve("classes"));
		String java = ProcessHandle.current().info().command().orElse("java");
		ProcessBuilder builder = new ProcessBuilder(java, "-cp", classPath, ServeMain.class.getName(), "--port", "0",
				"--seed", "3", "--rate", Double.toString(rateHz), "--mode", "simulation", "--circuit",
				PlainConsole.defaultCircuit().toString()).redirectErrorStream(true);
		builder.environment().put("LANG", "C");
		builder.environment().remove("JAVA_TOOL_OPTIONS");
		Process process = builder.start();
		CompletableFuture<Integer> bound = new CompletableFuture<>();
		Thread reader = new Thread(() -> read(process.getInputStream(), bound), "vh1-output");
		reader.setDaemon(true);
		reader.start();
		try {
			return new VirtualConsoleProcess(work, process, bound.get(30, TimeUnit.SECONDS));
		} catch (Exception e) {
			process.destroyForcibly();
			throw e;
		}
	}

	private static void read(InputStream output, CompletableFuture<Integer> bound) {
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				Matcher m = LISTENING.matcher(line);
				if (m.find()) {
					bound.complete(Integer.parseInt(m.group(1)));
				}
			}
		} catch (IOException e) {
			// The process ended; the future is failed below if it never bound.
		} finally {
			bound.completeExceptionally(new IOException("the virtual console ended before listening"));
		}
	}

	int port() {
		return port;
	}

	/** Stops the console at once (SIGKILL). */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws Exception {
		kill();
		try (Stream<Path> files = Files.walk(work)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}
}
