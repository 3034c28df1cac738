package org.eccworkbench.sim;

import java.io.IOException;
import java.util.List;

/** Receives the time series of a run: the header once, then one row per sample. */
public interface SampleSink {

	/** A sink that keeps nothing. */
	SampleSink NONE = new SampleSink() {
		@Override
		public void header(List<Signal> signals) {
		}

		@Override
		public void row(double[] values) {
		}
	};

	void header(List<Signal> signals) throws IOException;

	/** The values in header order; the array is reused: copy what you keep. */
	void row(double[] values) throws IOException;
}
