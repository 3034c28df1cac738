package org.eccworkbench.console.simulated.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eccworkbench.cli.CommandIO;
import org.eccworkbench.cli.internal.Dispatcher;
import org.eccworkbench.cli.internal.SubcommandRegistry;
import org.eccworkbench.console.record.SessionRecorder;
import org.eccworkbench.console.simulated.PlainConsole;
import org.eccworkbench.console.simulated.server.ConsoleServer;
import org.eccworkbench.console.simulated.server.ServerOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** eccw console drivers, console record, record export and console serve, through the real dispatcher. */
class ConsoleCommandsTest {

	record Run(int code, String out, String err) {
	}

	@TempDir
	Path folder;

	static Run eccw(String... commandLine) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			int code = new Dispatcher(SubcommandRegistry.fromExtensions()).dispatch(List.of(commandLine), new CommandIO(o, e));
			return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		}
	}

	@Test
	void consoleDriversListsTheReferenceDrivers() {
		Run run = eccw("console", "drivers");
		assertEquals(0, run.code(), run.err());
		assertTrue(run.out().contains("org.eccworkbench.console.simulated  Virtual heart-lung machine"), run.out());
		assertTrue(run.out().contains("org.eccworkbench.console.example.monitor"), run.out());
		Run json = eccw("console", "drivers", "--json");
		assertTrue(json.out().startsWith("[") && json.out().contains("\"transports\": \"serial, tcp\""), json.out());
	}

	@Test
	void consoleRecordRecordsTheVirtualConsoleAndRecordExportMakesOneTable() throws Exception {
		ConsoleServer server = new ConsoleServer(
				ServerOptions.parse(List.of("--port", "0", "--rate", "20", "--circuit", PlainConsole.defaultCircuit().toString())),
				new PrintStream(java.io.OutputStream.nullOutputStream()));
		Thread serving = new Thread(() -> {
			try {
				server.serve();
			} catch (java.io.IOException e) {
				// The test fails below when nothing is recorded.
			}
		});
		serving.setDaemon(true);
		serving.start();
		int port = server.boundPort().get(30, TimeUnit.SECONDS);
		Path out = folder.resolve("case");
		Run run = eccw("console", "record", "--driver", "org.eccworkbench.console.simulated", "--host", "127.0.0.1", "--port",
				Integer.toString(port), "--seconds", "2", "--out", out.toString());
		assertEquals(0, run.code(), run.err());
		List<String> samples = Files.readAllLines(out.resolve(SessionRecorder.SAMPLES));
		assertTrue(samples.size() > 30, () -> samples.size() + " lines");
		assertTrue(Files.readString(out.resolve(SessionRecorder.EVENTS)).contains("\"model\": \"VH-1\""));
		Path table = folder.resolve("case.csv");
		Run export = eccw("record", "export", out.toString(), "--out", table.toString());
		assertEquals(0, export.code(), export.err());
		String header = Files.readAllLines(table).get(0);
		assertTrue(header.startsWith("time,p1.rpm [rpm],p1.flow [L/min]"), header);
	}

	@Test
	void consoleServeWithACircuitItCannotReadExitsWithTheReason() {
		Run run = eccw("console", "serve", "--port", "0", "--circuit", folder.resolve("nosuch.ecc").toString());
		assertEquals(1, run.code(), run.err());
		assertTrue(run.err().contains("nosuch.ecc"), run.err());
	}

	@Test
	void consoleRecordWithoutAConsoleExitsWithTheReason() throws Exception {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		Run run = eccw("console", "record", "--driver", "org.eccworkbench.console.simulated", "--host", "127.0.0.1", "--port",
				Integer.toString(port), "--seconds", "2", "--out", folder.resolve("none").toString());
		assertEquals(1, run.code(), run.err());
		assertTrue(run.err().contains("was not regained") || run.err().contains("n'a pas"), run.err());
	}

	@Test
	void wrongArgumentsAreUsageErrors() {
		assertEquals(2, eccw("console", "serve", "--port", "4100", "--pty", "/dev/null").code());
		assertEquals(2, eccw("console", "serve", "--port", "4100", "--mode", "surgery").code());
		assertEquals(2, eccw("console", "record", "--driver", "nosuch", "--host", "h", "--port", "1", "--out", "x").code());
		assertEquals(2, eccw("record", "export").code());
	}
}
