package org.eccworkbench.sim;

import java.io.IOException;
import java.util.Arrays;

/**
 * Runs one simulation to its end: a {@link SimulationSession} advanced step by step, its time
 * series sampled into a sink, until the duration is reached or the state becomes impossible (the
 * result names the cause). Deterministic: no clock, no threads, no hash order reach the output.
 */
public final class Simulation {

	private Simulation() {
	}

	public static RunResult run(SimulationSetup setup, SampleSink sink) throws CircuitException, IOException {
		SimulationSession session = SimulationSession.start(setup);
		long sampleEvery = Math.max(1, Math.round(setup.sampleS() / session.stepS()));
		sink.header(Arrays.asList(Signal.values()));
		double[] signals = session.liveSignals();
		sink.row(signals);
		while (session.step()) {
			if (session.steps() % sampleEvery == 0) {
				sink.row(signals);
			}
		}
		if (session.steps() % sampleEvery != 0) {
			sink.row(signals);
		}
		return session.result();
	}
}
