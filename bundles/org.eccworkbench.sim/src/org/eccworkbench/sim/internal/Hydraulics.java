package org.eccworkbench.sim.internal;

import org.eccworkbench.sim.ScenarioSettings;
import org.eccworkbench.sim.ServoMode;

/**
 * Quasi-static circuit hydraulics of one step: venous drainage through cannula and line, the
 * arterial pump's flow (roller: rpm × stroke; centrifugal: head curve against the afterload), the
 * line pressures where the sensors sit, and the servo reactions of the level and pressure
 * detectors. Losses are a·Q + b·Q² (Poiseuille plus the cannula's kinetic loss), Q in mL/s.
 */
final class Hydraulics {

	private final Plant plant;
	private final ScenarioSettings settings;
	private final double limitMmHg;

	// what the plant fixes for the whole run, worked out once
	private final boolean arterialSensor;
	private final boolean preSensor;
	private final boolean postSensor;
	private final boolean lineSensor;
	private final double venousCannulaGeometry;
	private final double arterialCannulaGeometry;
	private final double venousCannulaKinetic;
	private final double arterialCannulaKinetic;

	// one step's flows (mL/s) and pressures (mmHg): the results of solve, read by the engine
	double pumpMlS;
	double drainageMlS;
	double pumpInletMmHg;
	double preOxygenatorMmHg;
	double postOxygenatorMmHg;
	double arterialLineMmHg;
	boolean pressureHigh;

	/** Resistance from the venae cavae to the venous cannula's tip, mmHg per mL/s (see {@link Constants#CAVAL_RESISTANCE_70KG}). */
	private final double cavalResistance;

	Hydraulics(Plant plant, ScenarioSettings settings, double cavalResistance) {
		this.plant = plant;
		this.cavalResistance = cavalResistance;
		this.settings = settings;
		this.limitMmHg = Double.isNaN(settings.linePressureHighMmHg()) ? Constants.LINE_PRESSURE_HIGH_MMHG
				: settings.linePressureHighMmHg();
		preSensor = plant.pressureSensors.contains(Plant.Node.PRE_OXYGENATOR);
		postSensor = plant.pressureSensors.contains(Plant.Node.POST_OXYGENATOR);
		lineSensor = plant.pressureSensors.contains(Plant.Node.ARTERIAL_LINE);
		arterialSensor = preSensor || postSensor || lineSensor;
		venousCannulaGeometry = geometry(plant.venousCannula);
		arterialCannulaGeometry = geometry(plant.arterialCannula);
		venousCannulaKinetic = plant.venousCannula == null ? 0 : plant.venousCannula.kinetic();
		arterialCannulaKinetic = plant.arterialCannula == null ? 0 : plant.arterialCannula.kinetic();
	}

	private static double geometry(Plant.CannulaModel cannula) {
		return cannula == null ? 0 : Rheology.poiseuilleGeometry(cannula.lengthM(), cannula.lumenM());
	}

	/** {@link Plant.CannulaModel#linear} with the lumen's geometry term worked out once. */
	private static double cannulaLinear(Plant.CannulaModel cannula, double geometry, double viscosity) {
		if (cannula == null) {
			return 0;
		}
		return Double.isNaN(cannula.catalogMmHgSPerMl()) ? Rheology.poiseuilleMmHgSPerMl(viscosity, geometry)
				: cannula.catalogMmHgSPerMl();
	}

	double limitMmHg() {
		return limitMmHg;
	}

	/**
	 * Solves one step; the flows and pressures are left in this object's fields.
	 *
	 * @return whether the arterial line ruptured (a pump against a closed line without a servo);
	 *         the fields are then not updated
	 */
	boolean solve(Controls controls, double pa, double pv, double gravity, double vacuum, double viscosity,
			double venousViscosity, double oxygenatorFactor, double airFactor, double reservoirMl) {
		double venousFactor = controls.venousKinkFactor * airFactor;
		double av = (Rheology.poiseuilleMmHgSPerMl(venousViscosity, plant.venousTubeGeometry)
				+ cannulaLinear(plant.venousCannula, venousCannulaGeometry, venousViscosity)) * venousFactor;
		double bv = venousCannulaKinetic * venousFactor;
		boolean venousOpen = !controls.venousClamped && !controls.venousDislodged;

		double oxygenator = oxygenatorFactor == 1 ? plant.oxygenatorResistance
				: plant.oxygenatorResistance / Math.sqrt(Math.max(0.01, oxygenatorFactor));
		double cannulaLinear = cannulaLinear(plant.arterialCannula, arterialCannulaGeometry, viscosity);
		double cannulaKinetic = arterialCannulaKinetic;
		double tubes = Rheology.poiseuilleMmHgSPerMl(viscosity, plant.arterialTubeGeometry);
		double downstreamLinear = (tubes + cannulaLinear) * controls.arterialOcclusionFactor;
		double downstreamKinetic = cannulaKinetic * controls.arterialOcclusionFactor;
		double aa = oxygenator + plant.filterResistance + downstreamLinear;
		double ba = downstreamKinetic;
		double outlet = controls.arterialDislodged ? 0 : pa;
		double inletLinear = Rheology.poiseuilleMmHgSPerMl(viscosity, plant.inletTubeGeometry);

		double drainage = plant.reservoir && venousOpen ? gravityDrainage(pv, gravity + vacuum, av, bv) : 0;
		boolean drives = !controls.servoStopped && !controls.pumpFailure
				&& (!controls.powerFailure || !Double.isNaN(controls.handCrankRpm));
		double q;
		if (!drives) {
			q = 0;
			controls.rpm = 0;
		} else if (plant.roller) {
			q = rollerFlow(controls);
		} else {
			q = centrifugalFlow(controls, outlet, aa, ba, inletLinear, pv + gravity, av, bv, venousOpen);
		}
		if (!plant.reservoir && plant.roller && !venousOpen) {
			q = 0;
		}
		boolean blocked = controls.arterialClamped;
		if (blocked && !plant.roller) {
			q = 0;
		}
		if (plant.reservoir && plant.levelSensor && reservoirMl < plant.minLevelMl) {
			if (settings.levelDetector() == ServoMode.STOP && q > 0) {
				controls.servoStopped = true;
				q = 0;
			} else if (settings.levelDetector() == ServoMode.SLOW) {
				q = Math.min(q, drainage);
			}
		}
		boolean sensed = arterialSensor;
		boolean high = false;
		if (q > 0 && blocked) {
			if (!sensed || settings.pressureServo() == ServoMode.OFF) {
				return true;
			}
			controls.servoStopped = true;
			q = 0;
			high = true;
		} else if (sensed && q > 0) {
			double highest = highestReading(q, outlet, oxygenator, aa, ba);
			if (highest > limitMmHg) {
				high = true;
				if (settings.pressureServo() == ServoMode.STOP) {
					controls.servoStopped = true;
					q = 0;
				} else if (settings.pressureServo() == ServoMode.SLOW) {
					q = Math.min(q, Rheology.flowFor(limitMmHg - outlet, aa, ba));
				}
			}
		}
		double arterialLine = outlet + downstreamLinear * q + downstreamKinetic * q * Math.abs(q);
		double postOxygenator = arterialLine + plant.filterResistance * q;
		double preOxygenator = postOxygenator + oxygenator * q;
		if (blocked && q == 0 && high) {
			preOxygenator = limitMmHg;
			postOxygenator = limitMmHg;
			arterialLine = limitMmHg;
		}
		double inlet = plant.reservoir ? -inletLinear * q : pv + gravity - av * q - bv * q * Math.abs(q);
		pumpMlS = q;
		drainageMlS = drainage;
		pumpInletMmHg = inlet;
		preOxygenatorMmHg = preOxygenator;
		postOxygenatorMmHg = postOxygenator;
		arterialLineMmHg = arterialLine;
		pressureHigh = high;
		return false;
	}

	/**
	 * Drainage into the reservoir: the siphon (and vacuum) across the veins, cannula and line, but
	 * never more than the veins deliver at the cannula's tip. When the siphon would pull the tip
	 * below the surrounding pressure (0 mmHg, open chest) the veins collapse around it, a Starling
	 * resistor (Permutt and Riley 1963): the flow is then set by the venous pressure alone,
	 * P_v / R_caval, however strong the siphon, and collapsed veins (P_v &lt;= 0) drain nothing.
	 */
	private double gravityDrainage(double pv, double suction, double av, double bv) {
		double siphon = Rheology.flowFor(pv + suction, av + cavalResistance, bv);
		double collapse = Math.max(0, pv) / cavalResistance;
		return Math.min(siphon, collapse);
	}

	private double rollerFlow(Controls controls) {
		double rpm;
		if (controls.powerFailure) {
			rpm = controls.handCrankRpm;
		} else if (controls.flowMode) {
			rpm = controls.flowTargetMlS * 60 / plant.strokeMlPerRev;
		} else {
			rpm = controls.rpm;
		}
		rpm = Math.max(0, Math.min(plant.maxRpm, rpm));
		controls.rpm = rpm;
		return rpm * plant.strokeMlPerRev / 60;
	}

	/** Solves H·N² − K·Q² = (outlet + a·Q + b·Q²) − inlet(Q) for Q; in flow mode first N for the target. */
	private double centrifugalFlow(Controls controls, double outlet, double aa, double ba, double inletLinear,
			double sourcePressure, double av, double bv, boolean venousOpen) {
		double source = plant.reservoir ? 0 : sourcePressure;
		double a = aa + (plant.reservoir ? inletLinear : av);
		double b = plant.centrifugalDroop + ba + (plant.reservoir ? 0 : bv);
		if (!plant.reservoir && !venousOpen) {
			controls.rpm = controls.flowMode ? 0 : controls.rpm;
			return 0;
		}
		if (controls.flowMode && !controls.powerFailure) {
			double target = controls.flowTargetMlS;
			double head = outlet - source + a * target + b * target * target;
			controls.rpm = Math.min(plant.maxRpm, Math.sqrt(Math.max(0, head) / plant.centrifugalHead));
		}
		double rpm = controls.powerFailure ? controls.handCrankRpm : controls.rpm;
		rpm = Math.max(0, Math.min(plant.maxRpm, rpm));
		double x = plant.centrifugalHead * rpm * rpm - outlet + source;
		return x >= 0 ? Rheology.flowFor(x, a, b) : -Rheology.flowFor(-x, a, b);
	}

	private double highestReading(double q, double outlet, double oxygenator, double aa, double ba) {
		double pre = outlet + aa * q + ba * q * q;
		// the largest reading of the arterial sensors the circuit has (the order does not matter to a maximum)
		double highest = Double.NEGATIVE_INFINITY;
		if (preSensor) {
			highest = Math.max(highest, pre);
		}
		if (postSensor) {
			highest = Math.max(highest, pre - oxygenator * q);
		}
		if (lineSensor) {
			highest = Math.max(highest, pre - (oxygenator + plant.filterResistance) * q);
		}
		return highest;
	}
}
