package org.eccworkbench.console.simulated.internal;

import java.time.Instant;
import java.util.Arrays;

import org.eccworkbench.console.Sample;
import org.eccworkbench.console.SessionListener;
import org.eccworkbench.console.record.SessionRecorder;

/**
 * Measures one bench phase as a listener: samples recorded per second, and for the first channel
 * of each frame the time from the console's time stamp to this listener.
 */
final class BenchRun implements SessionListener {

	/** The figures of a phase. */
	record Result(double samplesPerSecond, long recorded, long dropped, double p50Millis, double p99Millis) {
	}

	private static final int MAX_LATENCIES = 2_000_000;

	private final long[] latencyMicros = new long[MAX_LATENCIES];
	private volatile boolean measuring;
	private int latencies;
	private long startNanos;
	private long startRecorded;
	private String firstChannel;

	void begin(SessionRecorder recorder) {
		startRecorded = recorder.samples();
		startNanos = System.nanoTime();
		measuring = true;
	}

	@Override
	public void sample(Sample sample) {
		if (!measuring) {
			return;
		}
		if (firstChannel == null) {
			firstChannel = sample.channel();
		}
		if (sample.channel().equals(firstChannel)) {
			Instant now = Instant.now();
			long micros = (now.getEpochSecond() - sample.deviceTime().getEpochSecond()) * 1_000_000
					+ (now.getNano() - sample.deviceTime().getNano()) / 1_000;
			synchronized (this) {
				if (latencies < MAX_LATENCIES) {
					latencyMicros[latencies++] = micros;
				}
			}
		}
	}

	Result end(SessionRecorder recorder, long dropped) {
		measuring = false;
		double elapsed = (System.nanoTime() - startNanos) / 1e9;
		long recorded = recorder.samples() - startRecorded;
		long[] sorted;
		synchronized (this) {
			sorted = Arrays.copyOf(latencyMicros, latencies);
		}
		Arrays.sort(sorted);
		return new Result(recorded / elapsed, recorded, dropped, percentile(sorted, 0.50), percentile(sorted, 0.99));
	}

	private static double percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1000.0;
	}
}
