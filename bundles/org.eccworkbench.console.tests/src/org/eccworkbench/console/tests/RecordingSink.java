package org.eccworkbench.console.tests;

import java.util.ArrayList;
import java.util.List;

import org.eccworkbench.console.Alarm;
import org.eccworkbench.console.ConsoleMode;
import org.eccworkbench.console.Sample;
import org.eccworkbench.console.TelemetrySink;

/** A telemetry sink that keeps what it is told. */
final class RecordingSink implements TelemetrySink {

	final List<Sample> samples = new ArrayList<>();
	final List<String> malformed = new ArrayList<>();
	final List<long[]> gaps = new ArrayList<>();

	@Override
	public void sample(Sample sample) {
		samples.add(sample);
	}

	@Override
	public void alarm(Alarm alarm) {
	}

	@Override
	public void mode(ConsoleMode mode) {
	}

	@Override
	public void malformed(String reason) {
		malformed.add(reason);
	}

	@Override
	public void sequenceGap(long expected, long received) {
		gaps.add(new long[] { expected, received });
	}

	@Override
	public void acknowledged(String commandId, boolean accepted, String reason) {
	}
}
