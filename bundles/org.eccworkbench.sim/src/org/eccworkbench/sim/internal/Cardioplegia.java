package org.eccworkbench.sim.internal;

import java.util.OptionalDouble;

import org.eccworkbench.analysis.CardioplegiaProtocol;
import org.eccworkbench.analysis.CardioplegiaProtocol.Dose;

/**
 * Cardioplegia delivery and re-dose timing. A dose runs at {@link Constants#CARDIOPLEGIA_FLOW_ML_MIN};
 * its blood part comes off the arterial line after the oxygenator and pauses whenever the arterial
 * pump cannot supply it (REFERENCE 3.2); its crystalloid part is a declared addition. A re-dose is
 * due one protocol interval after the end of the last dose while the cross-clamp is on.
 */
final class Cardioplegia {

	private final CardioplegiaProtocol protocol;
	private final boolean present;
	private final double bloodFraction;
	private final double weightKg;
	private final double intervalS;
	private double remainingMl;
	private double deliveredMl;
	private double lastDoseEndS = Double.NaN;
	private double clampOnS = Double.NaN;
	private double crystalloidStepMl;
	private boolean overdue;
	private int missed;

	Cardioplegia(Plant plant, double weightKg) {
		this.protocol = plant.protocol;
		this.present = plant.cardioplegiaSet;
		this.bloodFraction = plant.cardioplegiaBloodFraction;
		this.weightKg = weightKg;
		this.intervalS = intervalMin(protocol) * 60;
	}

	/**
	 * Re-dose interval, min: del Nido 90 (Matte & del Nido, JECT 2012; REFERENCE 2.7), multidose
	 * blood and St Thomas 30 (the upper end of "every 20-30 min"), HTK 120 (the lower end of its
	 * quoted 120-180 min of protection); none for an unnamed protocol.
	 */
	static double intervalMin(CardioplegiaProtocol protocol) {
		if (protocol == null) {
			return Double.NaN;
		}
		return switch (protocol) {
		case DEL_NIDO -> 90;
		case BLOOD_4_1, ST_THOMAS -> 30;
		case CUSTODIOL_HTK -> 120;
		};
	}

	boolean present() {
		return present;
	}

	/** The volume of a dose: given, or the protocol's weight-based dose (capped); empty if neither. */
	OptionalDouble doseMl(Dose dose, double givenMl) {
		if (!Double.isNaN(givenMl)) {
			return OptionalDouble.of(givenMl);
		}
		if (protocol == null || protocol.mlPerKg(dose).isEmpty()) {
			return OptionalDouble.empty();
		}
		double ml = protocol.mlPerKg(dose).getAsDouble() * weightKg;
		OptionalDouble max = protocol.defaultMaxMl(dose);
		return OptionalDouble.of(max.isPresent() ? Math.min(ml, max.getAsDouble()) : ml);
	}

	void start(double ml) {
		remainingMl += ml;
	}

	void clampOn(double tS) {
		clampOnS = tS;
		lastDoseEndS = Double.NaN;
	}

	void clampOff() {
		clampOnS = Double.NaN;
		overdue = false;
	}

	boolean clampOn() {
		return !Double.isNaN(clampOnS);
	}

	double clampMinutes(double tS) {
		return clampOn() ? (tS - clampOnS) / 60 : 0;
	}

	/** The blood part delivered this step, mL; sets the crystalloid part. */
	double step(double tS, double dt, double arterialPumpedMl) {
		crystalloidStepMl = 0;
		if (remainingMl <= 0) {
			return 0;
		}
		double ml = Math.min(remainingMl, Constants.CARDIOPLEGIA_FLOW_ML_MIN / 60 * dt);
		double bloodMl = ml * bloodFraction;
		if (bloodMl > arterialPumpedMl) {
			return 0;
		}
		crystalloidStepMl = ml - bloodMl;
		remainingMl -= ml;
		deliveredMl += ml;
		if (remainingMl <= 1e-12) {
			remainingMl = 0;
			lastDoseEndS = tS;
			overdue = false;
		}
		return bloodMl;
	}

	double crystalloidMl() {
		return crystalloidStepMl;
	}

	double deliveredMl() {
		return deliveredMl;
	}

	/** Seconds until the re-dose is due (negative when overdue), or NaN when none is due. */
	double dueInS(double tS) {
		if (!clampOn() || Double.isNaN(lastDoseEndS) || Double.isNaN(intervalS) || remainingMl > 0) {
			return Double.NaN;
		}
		return lastDoseEndS + intervalS - tS;
	}

	/** Whether a re-dose is overdue; counts each overdue episode once. */
	boolean overdue(double tS) {
		double due = dueInS(tS);
		boolean now = !Double.isNaN(due) && due < 0;
		if (now && !overdue) {
			missed++;
		}
		overdue = now;
		return now;
	}

	int missedRedoses() {
		return missed;
	}
}
