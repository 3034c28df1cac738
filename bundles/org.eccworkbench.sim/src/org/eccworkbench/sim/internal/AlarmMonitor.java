package org.eccworkbench.sim.internal;

import java.util.ArrayList;
import java.util.List;

import org.eccworkbench.sim.AlarmId;
import org.eccworkbench.sim.AlarmRecord;
import org.eccworkbench.sim.Signal;

/**
 * Evaluates every alarm condition after each step: an alarm is raised on the first step its
 * condition holds and cleared on the first step it no longer does. Console alarms need their
 * sensor or module; clinical-rule alarms are evaluated while on bypass.
 */
public final class AlarmMonitor {

	private static final double RANUCCI = org.eccworkbench.analysis.Do2iThreshold.RANUCCI_2005.mlPerMinPerSquareMetre();
	private static final double GDP = org.eccworkbench.analysis.Do2iThreshold.GOAL_DIRECTED_280.mlPerMinPerSquareMetre();

	private static final AlarmId[] IDS = AlarmId.values();
	// the alarms' indices as constants
	private static final int LOW_LEVEL = AlarmId.LOW_LEVEL.ordinal();
	private static final int BUBBLE = AlarmId.BUBBLE.ordinal();
	private static final int HIGH_LINE_PRESSURE = AlarmId.HIGH_LINE_PRESSURE.ordinal();
	private static final int BACKFLOW = AlarmId.BACKFLOW.ordinal();
	private static final int PUMP_FAILURE = AlarmId.PUMP_FAILURE.ordinal();
	private static final int POWER_FAILURE = AlarmId.POWER_FAILURE.ordinal();
	private static final int HEATER_COOLER_FAILURE = AlarmId.HEATER_COOLER_FAILURE.ordinal();
	private static final int ARTERIAL_OUTLET_37 = AlarmId.ARTERIAL_OUTLET_37.ordinal();
	private static final int GRADIENT_10 = AlarmId.GRADIENT_10.ordinal();
	private static final int GRADIENT_4 = AlarmId.GRADIENT_4.ordinal();
	private static final int REWARMING_RATE = AlarmId.REWARMING_RATE.ordinal();
	private static final int DO2I_272 = AlarmId.DO2I_272.ordinal();
	private static final int DO2I_280 = AlarmId.DO2I_280.ordinal();
	private static final int LOW_SVO2 = AlarmId.LOW_SVO2.ordinal();
	private static final int LOW_MAP = AlarmId.LOW_MAP.ordinal();
	private static final int HIGH_MAP = AlarmId.HIGH_MAP.ordinal();
	private static final int LOW_ACT = AlarmId.LOW_ACT.ordinal();
	private static final int CARDIOPLEGIA_OVERDUE = AlarmId.CARDIOPLEGIA_OVERDUE.ordinal();
	private static final int LOW_SWEEP = AlarmId.LOW_SWEEP.ordinal();

	private final Engine engine;
	private final double actTargetS;
	private final double svo2LowPercent;
	private final boolean[] active = new boolean[IDS.length];
	private final int[] open = new int[IDS.length];
	private final List<double[]> episodes = new ArrayList<>();
	private final List<AlarmId> episodeIds = new ArrayList<>();
	private boolean bubbleLatched;

	public AlarmMonitor(Engine engine) {
		this.engine = engine;
		this.actTargetS = Double.isNaN(engine.settings.actTargetS()) ? Constants.ACT_TARGET_S : engine.settings.actTargetS();
		this.svo2LowPercent = Double.isNaN(engine.settings.svo2LowPercent()) ? Constants.SVO2_LOW_PERCENT
				: engine.settings.svo2LowPercent();
	}

	/** Updates the alarms at {@code tS} from the engine's state after the step. */
	public void update(double tS) {
		double[] s = engine.signals;
		Controls c = engine.controls;
		Plant plant = engine.plant;
		if (engine.airAtDetector && plant.bubbleSensor) {
			bubbleLatched = true;
			if (engine.settings.bubbleDetector() == org.eccworkbench.sim.ServoMode.STOP) {
				c.servoStopped = true;
			}
		}
		if (!c.servoStopped && !engine.airAtDetector) {
			bubbleLatched = false;
		}
		boolean bypass = c.onBypass;
		boolean flowing = bypass && engine.pumpFlowMlS > 0;
		boolean temperatureRules = flowing && plant.cardiopulmonaryBypass;
		double outlet = s[Signal.ARTERIAL_OUTLET_C.ordinal()];
		double gradient = s[Signal.GRADIENT_C.ordinal()];
		double do2i = s[Signal.DO2I_ML_MIN_M2.ordinal()];
		double map = s[Signal.MAP_MMHG.ordinal()];
		set(tS, LOW_LEVEL, plant.reservoir && plant.levelSensor && s[Signal.RESERVOIR_ML.ordinal()] < plant.minLevelMl);
		set(tS, BUBBLE, bubbleLatched);
		set(tS, HIGH_LINE_PRESSURE, engine.pressureHigh);
		set(tS, BACKFLOW, plant.flowSensor && engine.backflow);
		set(tS, PUMP_FAILURE, c.pumpFailure);
		set(tS, POWER_FAILURE, c.powerFailure);
		set(tS, HEATER_COOLER_FAILURE, c.heaterCoolerFailure);
		set(tS, ARTERIAL_OUTLET_37, temperatureRules && outlet >= Constants.ARTERIAL_OUTLET_MAX_C);
		set(tS, GRADIENT_10, temperatureRules && Math.abs(gradient) > Constants.GRADIENT_MAX_C);
		set(tS, GRADIENT_4, temperatureRules && outlet >= Constants.WARM_THRESHOLD_C && gradient > Constants.WARM_GRADIENT_MAX_C);
		set(tS, REWARMING_RATE, temperatureRules && outlet >= Constants.WARM_THRESHOLD_C
				&& s[Signal.ARTERIAL_RATE_C_PER_MIN.ordinal()] > Constants.REWARMING_MAX_C_PER_MIN);
		boolean scored = bypass && engine.primeWashedOut();
		set(tS, DO2I_272, scored && do2i < RANUCCI);
		set(tS, DO2I_280, scored && do2i < GDP);
		set(tS, LOW_SVO2, bypass && s[Signal.SVO2_PERCENT.ordinal()] < svo2LowPercent);
		set(tS, LOW_MAP, bypass && map < 50);
		set(tS, HIGH_MAP, bypass && map > 80);
		set(tS, LOW_ACT, bypass && s[Signal.ACT_S.ordinal()] < actTargetS);
		set(tS, CARDIOPLEGIA_OVERDUE, engine.cardioplegia.overdue(tS));
		set(tS, LOW_SWEEP, flowing && c.sweepLMin < Constants.MIN_SWEEP_L_MIN);
	}

	private void set(double tS, int i, boolean condition) {
		if (condition && !active[i]) {
			active[i] = true;
			open[i] = episodes.size();
			episodes.add(new double[] { tS, Double.NaN, Double.NaN });
			episodeIds.add(IDS[i]);
		} else if (!condition && active[i]) {
			active[i] = false;
			episodes.get(open[i])[1] = tS;
		}
	}

	/** An operator acted at {@code tS}: the response time of every alarm still waiting for one. */
	public void operatorActed(double tS) {
		for (double[] episode : episodes) {
			if (Double.isNaN(episode[2]) && tS >= episode[0]) {
				episode[2] = tS - episode[0];
			}
		}
	}

	public boolean active(AlarmId id) {
		return active[id.ordinal()];
	}

	/** Every episode so far, in the order raised. */
	public List<AlarmRecord> records() {
		List<AlarmRecord> records = new ArrayList<>(episodes.size());
		for (int i = 0; i < episodes.size(); i++) {
			double[] e = episodes.get(i);
			records.add(new AlarmRecord(e[0], episodeIds.get(i), e[1], e[2]));
		}
		return records;
	}
}
