package org.eccworkbench.sim.internal;

import static org.eccworkbench.sim.internal.Compartments.ARTERIAL_CIRCUIT;
import static org.eccworkbench.sim.internal.Compartments.FIELD;
import static org.eccworkbench.sim.internal.Compartments.PATIENT_ARTERIAL;
import static org.eccworkbench.sim.internal.Compartments.PATIENT_VENOUS;
import static org.eccworkbench.sim.internal.Compartments.RESERVOIR;
import static org.eccworkbench.sim.internal.Compartments.SIDE;
import static org.eccworkbench.sim.internal.Compartments.VENOUS_LINE;
import static org.eccworkbench.sim.internal.Constants.ML_S_PER_L_MIN;

import java.util.List;
import java.util.SplittableRandom;

import org.eccworkbench.sim.PatientSpec;
import org.eccworkbench.sim.ScenarioSettings;
import org.eccworkbench.sim.ServoMode;
import org.eccworkbench.sim.Signal;
import org.eclipse.osgi.util.NLS;

/**
 * The lumped-parameter model, advanced by fixed steps: explicit transfers between the
 * {@link Compartments}, quasi-static hydraulics (pressures from the compartment volumes, flows
 * from the pressures), the oxygenator and heat exchanger on every packet the pump moves, and the
 * slow states (core temperature, PaCO2, heparin) by explicit Euler or exact decay. docs/simulation.md
 * gives every equation.
 */
public final class Engine {

	private static final double LN_Q10 = Math.log(Constants.VO2_Q10);

	final Plant plant;
	final PatientSpec patient;
	final Controls controls = new Controls();
	final Compartments blood = new Compartments();
	final double[] signals = new double[Signal.values().length];
	final ScenarioSettings settings;

	private final Hydraulics hydraulics;
	private final double bsa;
	private final double vo2IndexMlMinM2;
	private final double arterialCompliance;
	private final double venousCompliance;
	private final double arterialUnstressedMl;
	private final double venousUnstressedMl;
	private final double bodyHeatCapacityJ;
	private final double transferConductanceMlS;
	private final double reservoirPrimeMl;

	double coreC;
	double paco2;
	double heparinUnits;
	double waterC;
	double arterialOutletC;
	/** Arterial outlet temperature at each of the last 61 whole seconds, for the rate over one minute. */
	private final double[] outletBySecond = new double[61];
	private long lastSecond;
	private long secondsFlowing;
	private double rateCPerMin;
	double pumpedSinceBypassMl;
	double arterialAirMl;
	double venousLineAirMl;
	double bloodLossMl;
	double suctionMl;
	double fluidsMl;
	double cardioplegiaCrystalloidMl;
	double ultrafiltrateMl;
	final double initialVolumeMl;
	final Cardioplegia cardioplegia;

	/** The flow through the oxygenator of the last step that pumped, mL/s, and what it fixes. */
	private double exchangeFlowMlS = Double.NaN;
	private double heatEffectiveness;
	private double oxygenConductanceMlS = Double.NaN;
	/** exp(−G/Q) of the oxygenator at {@link #exchangeFlowMlS} and {@link #oxygenConductanceMlS}. */
	private double oxygenRetained;

	double pumpFlowMlS;
	double drainageMlS;
	double systemicMlS;
	double toPatientMlS;
	double preOxygenatorMmHg;
	double postOxygenatorMmHg;
	double arterialLineMmHg;
	double pumpInletMmHg;
	double o2TransferMlS;
	double co2RemovalMlS;
	double vo2MlS;
	final OxygenMath.Inversion arterialInversion = new OxygenMath.Inversion();
	final OxygenMath.Inversion venousInversion = new OxygenMath.Inversion();
	double pao2 = Constants.BASELINE_PAO2_MMHG;
	double pvo2 = 40;
	boolean airAtDetector;
	boolean backflow;
	boolean levelLow;
	boolean pressureHigh;

	public Engine(Plant plant, PatientSpec patient, ScenarioSettings settings, long seed, List<String> notes) {
		this.plant = plant;
		this.patient = patient;
		this.settings = settings;
		this.hydraulics = new Hydraulics(plant, settings,
				Constants.CAVAL_RESISTANCE_70KG * Constants.REFERENCE_WEIGHT_KG / patient.weightKg());
		this.bsa = patient.bsaSquareMetres();
		SplittableRandom random = new SplittableRandom(seed);
		double svrWood = Constants.SVR_MMHG_MIN_L;
		double vo2 = Constants.VO2_INDEX_ML_MIN_M2;
		if (seed != 0) {
			svrWood = 10 + 5 * random.nextDouble();
			vo2 = vo2 + 8 * Math.max(-2, Math.min(2, gaussian(random)));
			notes.add(NLS.bind(Messages.Engine_varied, Figures.plain(round(svrWood, 2)), Figures.plain(round(vo2, 1))));
		}
		this.vo2IndexMlMinM2 = vo2;
		double weightShare = patient.weightKg() / Constants.REFERENCE_WEIGHT_KG;
		arterialCompliance = Constants.ARTERIAL_COMPLIANCE_ML_MMHG_70KG * weightShare;
		venousCompliance = arterialCompliance * Constants.VENOUS_TO_ARTERIAL_COMPLIANCE;
		double bv = patient.bloodVolumeMl();
		double arterialMl = bv * Constants.ARTERIAL_VOLUME_FRACTION;
		double venousMl = bv - arterialMl;
		arterialUnstressedMl = arterialMl - arterialCompliance * Constants.BASELINE_MAP_MMHG;
		venousUnstressedMl = venousMl - venousCompliance * Constants.BASELINE_CVP_MMHG;
		bodyHeatCapacityJ = patient.weightKg() * Constants.BODY_SPECIFIC_HEAT_J_KG_K;
		double hct = patient.hctPercent() / 100;
		double hb = hct * Constants.MCHC_G_DL;
		double tf = OxygenMath.temperatureFactor(37);
		double arterialContent = OxygenMath.content(Constants.BASELINE_PAO2_MMHG, hb, tf);
		double venousContent = Constants.HUFNER_ML_PER_G * hb * Constants.BASELINE_SVO2
				+ Constants.DISSOLVED_O2_ML_DL_MMHG * OxygenMath.po2ForSaturation(Constants.BASELINE_SVO2, tf);
		coreC = 37;
		blood.fill(PATIENT_ARTERIAL, arterialMl, hct, arterialContent, coreC);
		blood.fill(PATIENT_VENOUS, venousMl, hct, venousContent, coreC);

		waterC = Double.isNaN(settings.waterC()) ? plant.waterC : settings.waterC();
		double primeContent = Constants.DISSOLVED_O2_ML_DL_MMHG * Constants.PRIME_PO2_MMHG;
		if (Double.isNaN(settings.reservoirPrimeMl())) {
			reservoirPrimeMl = plant.reservoir ? Constants.RESERVOIR_PRIME_LEVELS * plant.minLevelMl : 0;
			if (plant.reservoir) {
				notes.add(NLS.bind(Messages.Engine_reservoirPrime, Figures.plain(reservoirPrimeMl)));
			}
		} else {
			reservoirPrimeMl = plant.reservoir ? settings.reservoirPrimeMl() : 0;
		}
		blood.fill(VENOUS_LINE, plant.venousLineMl, 0, primeContent, waterC);
		blood.fill(RESERVOIR, reservoirPrimeMl, 0, primeContent, waterC);
		blood.fill(ARTERIAL_CIRCUIT, plant.arterialCircuitMl, 0, primeContent, waterC);
		blood.fill(SIDE, plant.sideMl, 0, primeContent, waterC);
		initialVolumeMl = blood.bloodVolume();
		arterialOutletC = waterC;

		transferConductanceMlS = OxygenatorModel.ratedConductance(plant.oxygenatorRatedFlowMlS);
		double heparinPerKg = Double.isNaN(settings.heparinUnitsPerKg()) ? Constants.HEPARIN_U_PER_KG
				: settings.heparinUnitsPerKg();
		heparinUnits = heparinPerKg * patient.weightKg();
		paco2 = Constants.BASELINE_PACO2_MMHG;
		cardioplegia = new Cardioplegia(plant, patient.weightKg());

		controls.sweepLMin = !Double.isNaN(settings.sweepLMin()) ? settings.sweepLMin()
				: plant.sweepLMin > 0 ? plant.sweepLMin : Constants.SWEEP_L_MIN_M2 * bsa;
		if (Double.isNaN(settings.sweepLMin()) && plant.sweepLMin <= 0) {
			notes.add(NLS.bind(Messages.Engine_defaultSweep, Figures.plain(round(controls.sweepLMin, 2))));
		}
		controls.fio2Percent = !Double.isNaN(settings.fio2Percent()) ? settings.fio2Percent()
				: Double.isNaN(plant.fio2Percent) ? 100 : Math.max(21, Math.min(100, plant.fio2Percent));
		controls.waterSetC = waterC;
		controls.venousHeightCm = Double.isNaN(settings.venousHeightCm()) ? Constants.VENOUS_HEIGHT_CM
				: settings.venousHeightCm();
		controls.vacuumMmHg = Double.isNaN(settings.vacuumMmHg()) ? 0 : settings.vacuumMmHg();
		controls.svrMmHgSPerMl = (Double.isNaN(settings.svrMmHgMinPerL()) ? svrWood : settings.svrMmHgMinPerL())
				/ ML_S_PER_L_MIN;
		controls.flowTargetMlS = 0;
		updateSignals(0, 0);
	}

	private static double gaussian(SplittableRandom random) {
		double u = 1 - random.nextDouble();
		double v = random.nextDouble();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}

	private static double round(double value, int decimals) {
		double scale = Math.pow(10, decimals);
		return Math.round(value * scale) / scale;
	}

	public double bsa() {
		return bsa;
	}

	/** The flow the case asks for, mL/s: cardiac index × BSA. */
	double targetFlowMlS(double cardiacIndex) {
		return cardiacIndex * bsa * ML_S_PER_L_MIN;
	}

	/**
	 * Advances one step of {@code dt} seconds ending at {@code tS}.
	 *
	 * @throws StopException when the state becomes impossible; the message names the cause
	 */
	public void step(double tS, double dt) throws StopException {
		slewWater(dt);
		double pa = (blood.volume[PATIENT_ARTERIAL] - arterialUnstressedMl) / arterialCompliance;
		double pv = venousPressure();
		airAtDetector = false;
		backflow = false;
		if (!controls.onBypass) {
			pumpFlowMlS = 0;
			drainageMlS = 0;
			systemicMlS = 0;
			toPatientMlS = 0;
			o2TransferMlS = 0;
			co2RemovalMlS = 0;
			updateSignals(tS, dt);
			return;
		}
		double viscosity = Rheology.viscosityPaS(blood.hct(ARTERIAL_CIRCUIT) * 100, blood.temperature(ARTERIAL_CIRCUIT));
		double venousViscosity = Rheology.viscosityPaS(blood.hct(VENOUS_LINE) * 100, blood.temperature(VENOUS_LINE));
		double gravity = Constants.BLOOD_DENSITY_KG_M3 * Constants.GRAVITY_M_S2 * controls.venousHeightCm / 100
				/ Constants.PA_PER_MMHG * (1 - venousVoidFraction());
		double vacuum = plant.vacuumAssisted ? -controls.vacuumMmHg : 0;
		double oxygenatorFactor = controls.oxygenatorFactor(tS);
		Hydraulics flows = hydraulics;
		if (flows.solve(controls, pa, pv, gravity, vacuum, viscosity, venousViscosity, oxygenatorFactor,
				venousAirFactor(), blood.volume[RESERVOIR])) {
			throw new StopException(Messages.Stop_lineRupture);
		}
		pumpFlowMlS = flows.pumpMlS;
		drainageMlS = flows.drainageMlS;
		preOxygenatorMmHg = flows.preOxygenatorMmHg;
		postOxygenatorMmHg = flows.postOxygenatorMmHg;
		arterialLineMmHg = flows.arterialLineMmHg;
		pumpInletMmHg = flows.pumpInletMmHg;
		backflow = pumpFlowMlS < 0;
		pressureHigh = flows.pressureHigh;
		levelLow = plant.reservoir && blood.volume[RESERVOIR] < plant.minLevelMl;

		if (pumpFlowMlS < 0 && plant.reservoir) {
			// a centrifugal pump below its shut-off head: the patient's arterial blood runs back
			double back = blood.move(PATIENT_ARTERIAL, ARTERIAL_CIRCUIT, -pumpFlowMlS * dt);
			blood.move(ARTERIAL_CIRCUIT, RESERVOIR, back);
			pumpFlowMlS = -back / dt;
		}
		double pumped = Math.max(0, pumpFlowMlS) * dt;
		if (plant.reservoir) {
			if (pumped > blood.volume[RESERVOIR]) {
				arterialAirMl += pumped - blood.volume[RESERVOIR];
				airAtDetector = true;
				pumped = blood.volume[RESERVOIR];
			}
		} else {
			pumped = Math.min(pumped, Math.max(0, blood.volume[PATIENT_VENOUS] - venousFloorMl()));
			blood.move(PATIENT_VENOUS, VENOUS_LINE, pumped);
			drainageMlS = pumped / dt;
		}
		if (airAtDetector && (!plant.bubbleSensor || settings.bubbleDetector() == ServoMode.OFF)) {
			throw new StopException(Messages.Stop_airEmbolism);
		}
		pumpedSinceBypassMl += pumped;
		int source = plant.reservoir ? RESERVOIR : VENOUS_LINE;
		oxygenate(source, pumped, dt, oxygenatorFactor);
		double cardioplegiaBlood = cardioplegia.step(tS, dt, pumped);
		double toField = controls.arterialDislodged ? pumped - cardioplegiaBlood : 0;
		double toPatient = pumped - cardioplegiaBlood - toField;
		blood.move(ARTERIAL_CIRCUIT, PATIENT_ARTERIAL, toPatient);
		blood.move(ARTERIAL_CIRCUIT, PATIENT_VENOUS, cardioplegiaBlood);
		if (toField > 0) {
			bloodLossMl += blood.move(ARTERIAL_CIRCUIT, FIELD, toField);
		}
		double crystalloid = cardioplegia.crystalloidMl();
		blood.add(PATIENT_VENOUS, crystalloid, 0, Constants.DISSOLVED_O2_ML_DL_MMHG * Constants.PRIME_PO2_MMHG);
		cardioplegiaCrystalloidMl += crystalloid;
		toPatientMlS = toPatient / dt;

		systemicMlS = Math.max(0, pa - Math.max(pv, 0)) / controls.svrMmHgSPerMl;
		perfuse(systemicMlS * dt);
		consumeOxygen(dt);
		if (plant.reservoir) {
			double drained = Math.min(drainageMlS * dt, Math.max(0, blood.volume[PATIENT_VENOUS] - venousFloorMl()));
			blood.move(PATIENT_VENOUS, VENOUS_LINE, drained);
			blood.move(VENOUS_LINE, RESERVOIR, drained);
			drainageMlS = drained / dt;
		}
		venousAir(dt);
		additionsAndRemovals(dt);
		slowStates(dt, oxygenatorFactor);
		if (plant.reservoir && blood.volume[RESERVOIR] > plant.capacityMl) {
			throw new StopException(NLS.bind(Messages.Stop_overflow, Figures.plain(Math.round(plant.capacityMl))));
		}
		updateSignals(tS, dt);
		check();
	}

	private void slewWater(double dt) {
		if (controls.heaterCoolerFailure || controls.powerFailure) {
			return;
		}
		double step = Constants.WATER_SLEW_C_PER_MIN / 60 * dt;
		double difference = controls.waterSetC - waterC;
		waterC += Math.max(-step, Math.min(step, difference));
	}

	/** Patient venous pressure, mmHg; the veins stiffen below their unstressed volume. */
	private double venousPressure() {
		double excess = blood.volume[PATIENT_VENOUS] - venousUnstressedMl;
		return excess >= 0 ? excess / venousCompliance
				: excess / (venousCompliance * Constants.COLLAPSED_VENOUS_COMPLIANCE_FRACTION);
	}

	/** The least venous volume drainage can leave: the veins collapse around the cannula. */
	private double venousFloorMl() {
		return Math.max(0, venousUnstressedMl * Constants.VENOUS_FLOOR_FRACTION);
	}

	/** The share of the venous line filled with entrained air, at most 0.95. */
	private double venousVoidFraction() {
		if (plant.venousLineMl <= 0 || venousLineAirMl <= 0) {
			return 0;
		}
		return Math.min(0.95, venousLineAirMl / plant.venousLineMl);
	}

	/** The venous line's resistance factor from entrained air: 1 / (1 − void fraction)². */
	private double venousAirFactor() {
		double liquid = 1 - venousVoidFraction();
		return 1 / (liquid * liquid);
	}

	private void oxygenate(int source, double ml, double dt, double oxygenatorFactor) {
		if (ml <= 0) {
			o2TransferMlS = 0;
			return;
		}
		double flow = ml / dt;
		double hb = blood.hct(source) * Constants.MCHC_G_DL;
		double inletC = blood.temperature(source);
		double inletContent = blood.contentMlDl(source);
		boolean exchanging = !controls.heaterCoolerFailure && !controls.powerFailure && plant.heatExchanger;
		if (flow != exchangeFlowMlS) {
			// both exchangers' shares depend on the flow only (and G on the oxygenator's state): at a
			// steady pump flow they are the same from step to step
			exchangeFlowMlS = flow;
			heatEffectiveness = 1 - Math.exp(-plant.heatExchangerConductanceMlS / flow);
			oxygenConductanceMlS = Double.NaN;
		}
		double effectiveness = exchanging ? heatEffectiveness : 0;
		double outletC = inletC + effectiveness * (waterC - inletC);
		double conductance = transferConductanceMlS * oxygenatorFactor;
		if (conductance != oxygenConductanceMlS) {
			oxygenConductanceMlS = conductance;
			oxygenRetained = Math.exp(-conductance / flow);
		}
		double outletContent = OxygenatorModel.outletContentRetaining(inletContent, hb, outletC, controls.fio2Percent / 100,
				controls.sweepLMin, flow, oxygenRetained);
		double moved = blood.move(source, ARTERIAL_CIRCUIT, ml);
		// the packet now in the arterial circuit leaves the oxygenator changed
		blood.oxygen[ARTERIAL_CIRCUIT] += moved * (outletContent - inletContent) / 100;
		blood.heat[ARTERIAL_CIRCUIT] += moved * (outletC - inletC);
		o2TransferMlS = moved * (outletContent - inletContent) / 100 / dt;
		arterialOutletC = outletC;
	}

	/** Systemic flow: arterial to venous; the blood leaves the tissues at core temperature. */
	private void perfuse(double ml) {
		double arterialC = blood.temperature(PATIENT_ARTERIAL);
		double moved = blood.move(PATIENT_ARTERIAL, PATIENT_VENOUS, ml);
		double massKg = moved * Constants.BLOOD_DENSITY_KG_M3 * 1e-6;
		double heatJ = massKg * Constants.BLOOD_SPECIFIC_HEAT_J_KG_K * (arterialC - coreC);
		blood.heat[PATIENT_VENOUS] += moved * (coreC - arterialC);
		coreC += heatJ / bodyHeatCapacityJ;
	}

	private void consumeOxygen(double dt) {
		double demand = vo2IndexMlMinM2 * bsa / 60 * Math.exp(LN_Q10 * (coreC - 37) / 10);
		double taken = Math.min(demand * dt, blood.oxygen[PATIENT_VENOUS]);
		blood.oxygen[PATIENT_VENOUS] -= taken;
		vo2MlS = taken / dt;
	}

	private void venousAir(double dt) {
		double entrained = controls.venousAirMlS * dt;
		double carried = plant.venousLineMl > 0
				? drainageMlS * dt * venousLineAirMl / plant.venousLineMl * Constants.AIR_SLIP
				: venousLineAirMl;
		venousLineAirMl = Math.max(0, Math.min(plant.venousLineMl, venousLineAirMl + entrained - carried));
	}

	private void additionsAndRemovals(double dt) {
		List<Controls.Infusion> infusions = controls.infusions;
		for (int i = 0; i < infusions.size();) {
			Controls.Infusion infusion = infusions.get(i);
			double ml = Math.min(infusion.remainingMl, infusion.mlPerS * dt);
			double content = infusion.hct * Constants.MCHC_G_DL * Constants.HUFNER_ML_PER_G
					+ Constants.DISSOLVED_O2_ML_DL_MMHG * Constants.PRIME_PO2_MMHG;
			blood.add(infusion.into, ml, infusion.hct, content);
			fluidsMl += ml;
			infusion.remainingMl -= ml;
			if (infusion.remainingMl <= 1e-12) {
				infusions.remove(i);
			} else {
				i++;
			}
		}
		if (controls.ultrafiltrationMlS > 0) {
			int from = plant.reservoir ? RESERVOIR : ARTERIAL_CIRCUIT;
			ultrafiltrateMl += blood.removePlasma(from, controls.ultrafiltrationMlS * dt);
		}
		if (controls.bloodLossMlS > 0) {
			bloodLossMl += blood.move(PATIENT_VENOUS, FIELD, Math.min(controls.bloodLossMlS * dt,
					Math.max(0, blood.volume[PATIENT_VENOUS] - venousFloorMl())));
		}
		if (controls.suctionMlS > 0 && plant.reservoir) {
			suctionMl += blood.move(FIELD, RESERVOIR, controls.suctionMlS * dt);
		}
	}

	private void slowStates(double dt, double oxygenatorFactor) {
		double totalMl = blood.bloodVolume();
		double capacitance = Constants.CO2_CAPACITANCE_ML_DL_MMHG * totalMl / 100;
		double vco2 = Constants.RESPIRATORY_QUOTIENT * vo2MlS;
		co2RemovalMlS = pumpFlowMlS > 0 ? Constants.CO2_SWEEP_EFFICIENCY * controls.sweepLMin * paco2
				/ Constants.ALVEOLAR_CONSTANT / 60 * oxygenatorFactor : 0;
		paco2 = Math.max(0, paco2 + (vco2 - co2RemovalMlS) * dt / capacitance);
		heparinUnits = HeparinKinetics.decay(heparinUnits, patient.weightKg(), dt);
	}

	private void check() throws StopException {
		for (int c = 0; c < Compartments.COUNT; c++) {
			if (!(blood.volume[c] >= -1e-9) || !Double.isFinite(blood.heat[c]) || !Double.isFinite(blood.oxygen[c])) {
				throw new StopException(NLS.bind(Messages.Stop_impossible, Compartments.NAMES[c]));
			}
		}
		for (int i = 0; i < signals.length; i++) {
			if (!Double.isFinite(signals[i])) {
				throw new StopException(NLS.bind(Messages.Stop_impossible, Signal.values()[i].key()));
			}
		}
	}

	/** The total blood volume now, mL, and what additions and removals predict it to be. */
	double expectedVolumeMl() {
		return initialVolumeMl + fluidsMl + cardioplegiaCrystalloidMl + suctionMl - ultrafiltrateMl - bloodLossMl;
	}

	void updateSignals(double tS, double dt) {
		SignalWriter.write(this, tS, dt);
		long second = (long) Math.floor(tS + 1e-9);
		if (second > lastSecond) {
			lastSecond = second;
			if (pumpFlowMlS > 0) {
				outletBySecond[(int) (second % outletBySecond.length)] = arterialOutletC;
				secondsFlowing++;
			} else {
				secondsFlowing = 0;
			}
			rateCPerMin = secondsFlowing >= outletBySecond.length
					? arterialOutletC - outletBySecond[(int) ((second + 1) % outletBySecond.length)]
					: 0;
		}
		signals[Signal.ARTERIAL_RATE_C_PER_MIN.ordinal()] = rateCPerMin;
	}

	/** Whether the pump has moved {@link Constants#PRIME_WASHOUT_VOLUMES} arterial-circuit volumes since bypass began. */
	boolean primeWashedOut() {
		return pumpedSinceBypassMl >= Constants.PRIME_WASHOUT_VOLUMES * plant.arterialCircuitMl;
	}

	/** The signal values, indexed by {@link Signal#ordinal()}; updated in place every step. */
	public double[] signals() {
		return signals;
	}

	double arterialPressure() {
		return (blood.volume[PATIENT_ARTERIAL] - arterialUnstressedMl) / arterialCompliance;
	}

	double venousPressureNow() {
		return venousPressure();
	}

	double vo2IndexMlMinM2() {
		return vo2IndexMlMinM2;
	}

	/** Why a run stopped early: a numerically or physically impossible state. */
	public static final class StopException extends Exception {
		private static final long serialVersionUID = 1L;

		StopException(String cause) {
			super(cause);
		}
	}
}
