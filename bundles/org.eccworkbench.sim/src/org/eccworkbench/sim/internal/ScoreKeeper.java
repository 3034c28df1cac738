package org.eccworkbench.sim.internal;

import org.eccworkbench.sim.Signal;

/** Accumulates the run's scores after each step. */
public final class ScoreKeeper {

	private static final double RANUCCI = org.eccworkbench.analysis.Do2iThreshold.RANUCCI_2005.mlPerMinPerSquareMetre();
	private static final double GDP = org.eccworkbench.analysis.Do2iThreshold.GOAL_DIRECTED_280.mlPerMinPerSquareMetre();

	private final Engine engine;
	private long below272Steps;
	private long below280Steps;
	private long bypassSteps;
	private double dt;
	private double nadirDo2i = Double.NaN;
	private double maxGradientC;
	private double maxVolumeError;

	public ScoreKeeper(Engine engine) {
		this.engine = engine;
	}

	public void update(double dt) {
		double[] s = engine.signals;
		maxVolumeError = Math.max(maxVolumeError, s[Signal.VOLUME_ERROR_RELATIVE.ordinal()]);
		if (!engine.controls.onBypass) {
			return;
		}
		this.dt = dt;
		bypassSteps++;
		if (!engine.primeWashedOut()) {
			return;
		}
		double do2i = s[Signal.DO2I_ML_MIN_M2.ordinal()];
		if (do2i < RANUCCI) {
			below272Steps++;
		}
		if (do2i < GDP) {
			below280Steps++;
		}
		if (Double.isNaN(nadirDo2i) || do2i < nadirDo2i) {
			nadirDo2i = do2i;
		}
		if (engine.pumpFlowMlS > 0) {
			maxGradientC = Math.max(maxGradientC, Math.abs(s[Signal.GRADIENT_C.ordinal()]));
		}
	}

	public double minutesBelow272() {
		return below272Steps * dt / 60;
	}

	public double minutesBelow280() {
		return below280Steps * dt / 60;
	}

	/** Lowest DO2i on bypass, mL/min/m², or NaN if bypass never started. */
	public double nadirDo2i() {
		return nadirDo2i;
	}

	public double maxGradientC() {
		return maxGradientC;
	}

	public double bypassMinutes() {
		return bypassSteps * dt / 60;
	}

	public double maxVolumeError() {
		return maxVolumeError;
	}

	public int missedRedoses() {
		return engine.cardioplegia.missedRedoses();
	}
}
