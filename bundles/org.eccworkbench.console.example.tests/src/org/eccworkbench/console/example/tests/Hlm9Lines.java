package org.eccworkbench.console.example.tests;

import java.time.Instant;

import org.eccworkbench.console.example.Hlm9Driver;
import org.eccworkbench.console.tck.LineConsoleFixture;

/** HLM-9 lines for the test kit's line console: a slowly varying pressure and temperature. */
final class Hlm9Lines implements LineConsoleFixture.LineSource {

	@Override
	public String line(long tick, Instant time) {
		String text = "HLM9 " + tick + " " + (200 + tick % 20) + " " + (365 - tick % 7);
		return text + " " + Hlm9Driver.checksum(text);
	}
}
