package org.eccworkbench.sim;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes the time series as CSV: a header of signal keys, then one line per sample, every number
 * with six decimals and {@code .} as separator, whatever the locale, so the same run gives the
 * same bytes.
 */
public final class CsvRecorder implements SampleSink {

	private final Writer out;
	private final StringBuilder line = new StringBuilder(1024);

	public CsvRecorder(Writer out) {
		this.out = out;
	}

	@Override
	public void header(List<Signal> signals) throws IOException {
		line.setLength(0);
		for (int i = 0; i < signals.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(signals.get(i).key());
		}
		out.write(line.append('\n').toString());
	}

	@Override
	public void row(double[] values) throws IOException {
		line.setLength(0);
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				line.append(',');
			}
			fixed(line, values[i]);
		}
		out.write(line.append('\n').toString());
	}

	/** {@code value} with six decimals, without the cost of a formatter. */
	static void fixed(StringBuilder into, double value) {
		long scaled = Math.round(value * 1e6);
		if (!Double.isFinite(value) || Math.abs(value) > 9e12) {
			into.append(Double.isFinite(value) ? Double.toString(value) : ""); //$NON-NLS-1$
			return;
		}
		if (scaled < 0) {
			into.append('-');
			scaled = -scaled;
		}
		into.append(scaled / 1_000_000).append('.');
		long fraction = scaled % 1_000_000;
		for (long digit = 100_000; digit > 0; digit /= 10) {
			into.append((char) ('0' + fraction / digit % 10));
		}
	}
}
