package org.eccworkbench.console.simulated.tests;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.eccworkbench.console.simulated.PlainConsole;
import org.eccworkbench.console.simulated.server.ConsoleCase;
import org.eccworkbench.console.simulated.server.ModuleTable;
import org.eccworkbench.console.simulated.server.Reading;
import org.eccworkbench.console.simulated.server.ServerOptions;
import org.eccworkbench.console.simulated.server.VirtualConsole;
import org.eccworkbench.console.tck.LineConsoleFixture;
import org.eccworkbench.sim.Signal;

/**
 * Lines of the Example Medical EM-200 (drivers/example-monitor.properties) from the simulation
 * engine running the adult template, as the virtual console runs it:
 * {@code EM200 seq=N t=MILLIS ART=.. VEN=.. TART=.. TVEN=.. SVO2=.. HCT=.. LVL=..} (VEN is the
 * engine's pump inlet pressure).
 */
final class ExampleMonitorLines implements LineConsoleFixture.LineSource {

	static final double RATE_HZ = 20;

	private final VirtualConsole console;

	ExampleMonitorLines() throws Exception {
		ServerOptions options = ServerOptions.parse(
				List.of("--port", "0", "--seed", "3", "--circuit", PlainConsole.defaultCircuit().toString()));
		console = new VirtualConsole(ConsoleCase.read(options), 3, RATE_HZ, "simulation",
				new PrintStream(OutputStream.nullOutputStream()));
	}

	@Override
	public String line(long tick, Instant time) {
		Reading r = console.step(1 / RATE_HZ);
		double inlet = console.session().signals()[Signal.PUMP_INLET_MMHG.ordinal()];
		return String.format(Locale.ROOT, "EM200 seq=%d t=%d ART=%.1f VEN=%.1f TART=%.2f TVEN=%.2f SVO2=%s HCT=%s LVL=%.0f",
				tick, time.toEpochMilli(), v(r, "art.pressure"), inlet, v(r, "art.temp"), v(r, "ven.temp"),
				text(v(r, "bg.svo2")), text(v(r, "bg.hct")), v(r, "res.level"));
	}

	private static double v(Reading r, String channel) {
		return r.values()[ModuleTable.indexOf(channel)];
	}

	private static String text(double value) {
		return Double.isNaN(value) ? "--" : String.format(Locale.ROOT, "%.1f", value);
	}
}
