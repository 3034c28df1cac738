package org.eccworkbench.ui.sim.internal;

import java.util.List;

import org.eccworkbench.sim.Signal;

/**
 * The trended signals over simulated time, in a fixed ring: the oldest points are overwritten
 * once it is full, so a long run at 100× keeps the most recent {@code capacity} points.
 * Thread-safe: written by the run's thread, read by the trends view.
 */
final class SimTrendBuffer {

	/** The signals the Simulation Trends view draws. */
	static final List<Signal> TRENDED = List.of(Signal.PUMP_FLOW_L_MIN, Signal.MAP_MMHG, Signal.DO2I_ML_MIN_M2,
			Signal.SVO2_PERCENT, Signal.ARTERIAL_OUTLET_C, Signal.VENOUS_INFLOW_C, Signal.CORE_C, Signal.WATER_C,
			Signal.RESERVOIR_ML);

	private final double[] times;
	private final double[][] values;
	private int next;
	private int size;

	SimTrendBuffer(int capacity) {
		times = new double[capacity];
		values = new double[TRENDED.size()][capacity];
	}

	/** Adds the trended signals of {@code signals} (indexed by {@link Signal#ordinal()}) at {@code timeS}. */
	synchronized void add(double timeS, double[] signals) {
		times[next] = timeS;
		for (int i = 0; i < TRENDED.size(); i++) {
			values[i][next] = signals[TRENDED.get(i).ordinal()];
		}
		next = (next + 1) % times.length;
		size = Math.min(size + 1, times.length);
	}

	synchronized int size() {
		return size;
	}

	/** The points of {@code signal}, oldest first, as {x in minutes, y}; empty for a signal not trended. */
	synchronized double[][] series(Signal signal) {
		int index = TRENDED.indexOf(signal);
		if (index < 0) {
			return new double[][] { new double[0], new double[0] };
		}
		double[] x = new double[size];
		double[] y = new double[size];
		int start = (next - size + times.length) % times.length;
		for (int i = 0; i < size; i++) {
			int at = (start + i) % times.length;
			x[i] = times[at] / 60;
			y[i] = values[index][at];
		}
		return new double[][] { x, y };
	}

	synchronized void clear() {
		next = 0;
		size = 0;
	}
}
