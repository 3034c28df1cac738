package org.eccworkbench.sim.internal;

import java.util.ArrayList;
import java.util.List;

/** What the operator has set and which faults are active: the engine's inputs, changed by events. */
final class Controls {

	/** A fluid running in: remaining volume, rate and composition. */
	static final class Infusion {
		double remainingMl;
		final double mlPerS;
		final double hct;
		final int into;

		Infusion(double ml, double overS, double hct, int into) {
			this.remainingMl = ml;
			this.mlPerS = ml / overS;
			this.hct = hct;
			this.into = into;
		}
	}

	boolean onBypass;
	boolean bypassStarted;
	/** Centrifugal: follow {@link #flowTargetMlS} by adjusting rpm; roller: rpm from the flow. */
	boolean flowMode = true;
	double flowTargetMlS;
	double rpm;
	double sweepLMin;
	double fio2Percent;
	double waterSetC;
	boolean venousClamped;
	boolean arterialClamped;
	double vacuumMmHg;
	double venousHeightCm;
	double svrMmHgSPerMl;
	double ultrafiltrationMlS;
	double suctionMlS;
	double bloodLossMlS;
	final List<Infusion> infusions = new ArrayList<>();

	double venousAirMlS;
	double venousKinkFactor = 1;
	double arterialOcclusionFactor = 1;
	boolean oxygenatorFailing;
	double oxygenatorFailStartS;
	double oxygenatorRampS;
	double oxygenatorResidual = 1;
	boolean pumpFailure;
	boolean powerFailure;
	double handCrankRpm = Double.NaN;
	boolean heaterCoolerFailure;
	boolean arterialDislodged;
	boolean venousDislodged;

	/** Servo stop latched by a detector until the operator restarts the pump. */
	boolean servoStopped;

	/** The oxygenator's remaining share of its transfer at {@code tS}. */
	double oxygenatorFactor(double tS) {
		if (!oxygenatorFailing) {
			return 1;
		}
		double progress = oxygenatorRampS <= 0 ? 1 : Math.min(1, (tS - oxygenatorFailStartS) / oxygenatorRampS);
		return 1 - progress * (1 - oxygenatorResidual);
	}
}
