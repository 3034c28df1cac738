package org.eccworkbench.console.simulated.tests;

import java.time.Instant;
import java.util.Locale;

import org.eccworkbench.console.simulated.server.ModuleTable;
import org.eccworkbench.console.simulated.server.ProfileGenerator;
import org.eccworkbench.console.simulated.server.Reading;
import org.eccworkbench.console.tck.LineConsoleFixture;

/**
 * Lines of the Example Medical EM-200 (drivers/example-monitor.properties) from the virtual
 * console's profile: {@code EM200 seq=N t=MILLIS ART=.. VEN=.. TART=.. TVEN=.. SVO2=.. HCT=.. LVL=..}.
 */
final class ExampleMonitorLines implements LineConsoleFixture.LineSource {

	static final double RATE_HZ = 20;

	private final ProfileGenerator profile = new ProfileGenerator(3);

	@Override
	public String line(long tick, Instant time) {
		Reading r = profile.step(1 / RATE_HZ);
		return String.format(Locale.ROOT, "EM200 seq=%d t=%d ART=%.1f VEN=%.1f TART=%.2f TVEN=%.2f SVO2=%s HCT=%s LVL=%.0f",
				tick, time.toEpochMilli(), v(r, "art.pressure"), -20 + v(r, "p3.rpm") / 10, v(r, "art.temp"),
				v(r, "ven.temp"), text(v(r, "bg.svo2")), text(v(r, "bg.hct")), v(r, "res.level"));
	}

	private static double v(Reading r, String channel) {
		return r.values()[ModuleTable.indexOf(channel)];
	}

	private static String text(double value) {
		return Double.isNaN(value) ? "--" : String.format(Locale.ROOT, "%.1f", value);
	}
}
