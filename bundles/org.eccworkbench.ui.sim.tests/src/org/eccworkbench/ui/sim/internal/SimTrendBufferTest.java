package org.eccworkbench.ui.sim.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eccworkbench.sim.Signal;
import org.junit.jupiter.api.Test;

/** The bounded trend buffer keeps the most recent points, oldest first, x in minutes. */
class SimTrendBufferTest {

	private static double[] signals(double flow) {
		double[] values = new double[Signal.values().length];
		values[Signal.PUMP_FLOW_L_MIN.ordinal()] = flow;
		values[Signal.MAP_MMHG.ordinal()] = 60 + flow;
		return values;
	}

	@Test
	void keepsTheLastPointsOnceFull() {
		SimTrendBuffer buffer = new SimTrendBuffer(3);
		for (int i = 0; i < 5; i++) {
			buffer.add(i * 60.0, signals(i));
		}
		assertEquals(3, buffer.size());
		double[][] flow = buffer.series(Signal.PUMP_FLOW_L_MIN);
		assertArrayEquals(new double[] { 2, 3, 4 }, flow[0], 1e-12, "minutes");
		assertArrayEquals(new double[] { 2, 3, 4 }, flow[1], 1e-12);
		assertArrayEquals(new double[] { 62, 63, 64 }, buffer.series(Signal.MAP_MMHG)[1], 1e-12);
		assertEquals(0, buffer.series(Signal.ACT_S)[0].length, "a signal not trended has no points");
		buffer.clear();
		assertEquals(0, buffer.series(Signal.PUMP_FLOW_L_MIN)[0].length);
	}
}
