package org.eccworkbench.sim.internal;

import static org.eccworkbench.sim.internal.Compartments.ARTERIAL_CIRCUIT;
import static org.eccworkbench.sim.internal.Compartments.PATIENT_ARTERIAL;
import static org.eccworkbench.sim.internal.Compartments.PATIENT_VENOUS;
import static org.eccworkbench.sim.internal.Compartments.RESERVOIR;
import static org.eccworkbench.sim.internal.Compartments.VENOUS_LINE;
import static org.eccworkbench.sim.internal.Constants.ML_S_PER_L_MIN;

import org.eccworkbench.sim.Signal;

/** Computes the recorded signals from the engine's state, each in the unit its key names. */
final class SignalWriter {

	private SignalWriter() {
	}

	static void write(Engine e, double tS, double dt) {
		double[] s = e.signals;
		Compartments b = e.blood;
		Controls c = e.controls;
		double total = b.bloodVolume();
		int arterialSide = e.controls.bypassStarted ? ARTERIAL_CIRCUIT : PATIENT_ARTERIAL;
		double hct = b.hct(arterialSide);
		double hb = hct * Constants.MCHC_G_DL;
		double arterialC = b.temperature(arterialSide);
		double cao2 = b.contentMlDl(arterialSide);
		e.pao2 = OxygenMath.po2ForContent(cao2, hb, OxygenMath.temperatureFactor(arterialC), e.pao2);
		double venousHb = b.hct(PATIENT_VENOUS) * Constants.MCHC_G_DL;
		double venousTf = OxygenMath.temperatureFactor(b.temperature(PATIENT_VENOUS));
		e.pvo2 = OxygenMath.po2ForContent(b.contentMlDl(PATIENT_VENOUS), venousHb, venousTf, e.pvo2);
		double flowLMin = e.toPatientMlS / ML_S_PER_L_MIN;
		double heparinVolume = b.volume[PATIENT_ARTERIAL] + b.volume[PATIENT_VENOUS]
				+ (c.bypassStarted ? total - b.volume[PATIENT_ARTERIAL] - b.volume[PATIENT_VENOUS] : 0);
		double heparin = heparinVolume > 0 ? e.heparinUnits / heparinVolume : 0;
		double outlet = e.pumpFlowMlS > 0 ? e.arterialOutletC : b.temperature(arterialSide);
		double venousInflow = b.temperature(VENOUS_LINE);

		set(s, Signal.T_S, tS);
		set(s, Signal.ON_BYPASS, c.onBypass ? 1 : 0);
		set(s, Signal.PUMP_FLOW_L_MIN, e.pumpFlowMlS / ML_S_PER_L_MIN);
		set(s, Signal.PUMP_RPM, c.onBypass ? c.rpm : 0);
		set(s, Signal.VENOUS_DRAINAGE_L_MIN, e.drainageMlS / ML_S_PER_L_MIN);
		set(s, Signal.SYSTEMIC_FLOW_L_MIN, e.systemicMlS / ML_S_PER_L_MIN);
		set(s, Signal.RESERVOIR_ML, b.volume[RESERVOIR]);
		set(s, Signal.PATIENT_ARTERIAL_ML, b.volume[PATIENT_ARTERIAL]);
		set(s, Signal.PATIENT_VENOUS_ML, b.volume[PATIENT_VENOUS]);
		set(s, Signal.CIRCUIT_ML, total - b.volume[PATIENT_ARTERIAL] - b.volume[PATIENT_VENOUS]);
		set(s, Signal.BLOOD_VOLUME_ML, total);
		set(s, Signal.MAP_MMHG, e.arterialPressure());
		set(s, Signal.CVP_MMHG, e.venousPressureNow());
		set(s, Signal.PUMP_INLET_MMHG, e.pumpInletMmHg);
		set(s, Signal.PRE_OXYGENATOR_MMHG, e.preOxygenatorMmHg);
		set(s, Signal.POST_OXYGENATOR_MMHG, e.postOxygenatorMmHg);
		set(s, Signal.ARTERIAL_LINE_MMHG, e.arterialLineMmHg);
		set(s, Signal.HCT_PERCENT, hct * 100);
		set(s, Signal.HB_G_DL, hb);
		set(s, Signal.SAO2_PERCENT, 100 * OxygenMath.saturation(e.pao2, OxygenMath.temperatureFactor(arterialC)));
		set(s, Signal.PAO2_MMHG, e.pao2);
		set(s, Signal.SVO2_PERCENT, 100 * OxygenMath.saturation(e.pvo2, venousTf));
		set(s, Signal.PVO2_MMHG, e.pvo2);
		set(s, Signal.PACO2_MMHG, e.paco2);
		set(s, Signal.CAO2_ML_DL, cao2);
		set(s, Signal.DO2I_ML_MIN_M2, 10 * flowLMin * cao2 / e.bsa());
		set(s, Signal.VO2_ML_MIN, e.vo2MlS * 60);
		set(s, Signal.VCO2_ML_MIN, e.vo2MlS * 60 * Constants.RESPIRATORY_QUOTIENT);
		set(s, Signal.O2_TRANSFER_ML_MIN, e.o2TransferMlS * 60);
		set(s, Signal.CO2_REMOVAL_ML_MIN, e.co2RemovalMlS * 60);
		set(s, Signal.SWEEP_L_MIN, c.sweepLMin);
		set(s, Signal.FIO2_PERCENT, c.fio2Percent);
		set(s, Signal.WATER_C, e.waterC);
		set(s, Signal.ARTERIAL_OUTLET_C, outlet);
		set(s, Signal.VENOUS_INFLOW_C, venousInflow);
		set(s, Signal.CORE_C, e.coreC);
		set(s, Signal.GRADIENT_C, outlet - venousInflow);
		set(s, Signal.HEPARIN_U_ML, heparin);
		set(s, Signal.ACT_S, HeparinKinetics.actS(heparin));
		set(s, Signal.CARDIOPLEGIA_ML, e.cardioplegia.deliveredMl());
		double due = e.cardioplegia.dueInS(tS);
		set(s, Signal.CARDIOPLEGIA_DUE_IN_S, Double.isNaN(due) ? 0 : due);
		set(s, Signal.CROSS_CLAMP_MIN, e.cardioplegia.clampMinutes(tS));
		set(s, Signal.BLOOD_LOSS_ML, e.bloodLossMl);
		set(s, Signal.SUCTION_RETURN_ML, e.suctionMl);
		set(s, Signal.FLUIDS_ML, e.fluidsMl + e.cardioplegiaCrystalloidMl);
		set(s, Signal.ULTRAFILTRATE_ML, e.ultrafiltrateMl);
		set(s, Signal.ARTERIAL_AIR_ML, e.arterialAirMl);
		set(s, Signal.VOLUME_ERROR_RELATIVE, Math.abs(total - e.expectedVolumeMl()) / e.initialVolumeMl);
	}

	private static void set(double[] s, Signal signal, double value) {
		s[signal.ordinal()] = value;
	}
}
