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

	// the signals' indices as constants the compiler folds into the stores
	private static final int T_S = Signal.T_S.ordinal();
	private static final int ON_BYPASS = Signal.ON_BYPASS.ordinal();
	private static final int PUMP_FLOW_L_MIN = Signal.PUMP_FLOW_L_MIN.ordinal();
	private static final int PUMP_RPM = Signal.PUMP_RPM.ordinal();
	private static final int VENOUS_DRAINAGE_L_MIN = Signal.VENOUS_DRAINAGE_L_MIN.ordinal();
	private static final int SYSTEMIC_FLOW_L_MIN = Signal.SYSTEMIC_FLOW_L_MIN.ordinal();
	private static final int RESERVOIR_ML = Signal.RESERVOIR_ML.ordinal();
	private static final int PATIENT_ARTERIAL_ML = Signal.PATIENT_ARTERIAL_ML.ordinal();
	private static final int PATIENT_VENOUS_ML = Signal.PATIENT_VENOUS_ML.ordinal();
	private static final int CIRCUIT_ML = Signal.CIRCUIT_ML.ordinal();
	private static final int BLOOD_VOLUME_ML = Signal.BLOOD_VOLUME_ML.ordinal();
	private static final int MAP_MMHG = Signal.MAP_MMHG.ordinal();
	private static final int CVP_MMHG = Signal.CVP_MMHG.ordinal();
	private static final int PUMP_INLET_MMHG = Signal.PUMP_INLET_MMHG.ordinal();
	private static final int PRE_OXYGENATOR_MMHG = Signal.PRE_OXYGENATOR_MMHG.ordinal();
	private static final int POST_OXYGENATOR_MMHG = Signal.POST_OXYGENATOR_MMHG.ordinal();
	private static final int ARTERIAL_LINE_MMHG = Signal.ARTERIAL_LINE_MMHG.ordinal();
	private static final int HCT_PERCENT = Signal.HCT_PERCENT.ordinal();
	private static final int HB_G_DL = Signal.HB_G_DL.ordinal();
	private static final int SAO2_PERCENT = Signal.SAO2_PERCENT.ordinal();
	private static final int PAO2_MMHG = Signal.PAO2_MMHG.ordinal();
	private static final int SVO2_PERCENT = Signal.SVO2_PERCENT.ordinal();
	private static final int PVO2_MMHG = Signal.PVO2_MMHG.ordinal();
	private static final int PACO2_MMHG = Signal.PACO2_MMHG.ordinal();
	private static final int CAO2_ML_DL = Signal.CAO2_ML_DL.ordinal();
	private static final int DO2I_ML_MIN_M2 = Signal.DO2I_ML_MIN_M2.ordinal();
	private static final int VO2_ML_MIN = Signal.VO2_ML_MIN.ordinal();
	private static final int VCO2_ML_MIN = Signal.VCO2_ML_MIN.ordinal();
	private static final int O2_TRANSFER_ML_MIN = Signal.O2_TRANSFER_ML_MIN.ordinal();
	private static final int CO2_REMOVAL_ML_MIN = Signal.CO2_REMOVAL_ML_MIN.ordinal();
	private static final int SWEEP_L_MIN = Signal.SWEEP_L_MIN.ordinal();
	private static final int FIO2_PERCENT = Signal.FIO2_PERCENT.ordinal();
	private static final int WATER_C = Signal.WATER_C.ordinal();
	private static final int ARTERIAL_OUTLET_C = Signal.ARTERIAL_OUTLET_C.ordinal();
	private static final int VENOUS_INFLOW_C = Signal.VENOUS_INFLOW_C.ordinal();
	private static final int CORE_C = Signal.CORE_C.ordinal();
	private static final int GRADIENT_C = Signal.GRADIENT_C.ordinal();
	private static final int HEPARIN_U_ML = Signal.HEPARIN_U_ML.ordinal();
	private static final int ACT_S = Signal.ACT_S.ordinal();
	private static final int CARDIOPLEGIA_ML = Signal.CARDIOPLEGIA_ML.ordinal();
	private static final int CARDIOPLEGIA_DUE_IN_S = Signal.CARDIOPLEGIA_DUE_IN_S.ordinal();
	private static final int CROSS_CLAMP_MIN = Signal.CROSS_CLAMP_MIN.ordinal();
	private static final int BLOOD_LOSS_ML = Signal.BLOOD_LOSS_ML.ordinal();
	private static final int SUCTION_RETURN_ML = Signal.SUCTION_RETURN_ML.ordinal();
	private static final int FLUIDS_ML = Signal.FLUIDS_ML.ordinal();
	private static final int ULTRAFILTRATE_ML = Signal.ULTRAFILTRATE_ML.ordinal();
	private static final int ARTERIAL_AIR_ML = Signal.ARTERIAL_AIR_ML.ordinal();
	private static final int VOLUME_ERROR_RELATIVE = Signal.VOLUME_ERROR_RELATIVE.ordinal();

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
		double arterialTf = OxygenMath.temperatureFactor(arterialC);
		e.pao2 = e.arterialInversion.po2ForContent(cao2, hb, arterialTf, e.pao2);
		double venousHb = b.hct(PATIENT_VENOUS) * Constants.MCHC_G_DL;
		double venousTf = OxygenMath.temperatureFactor(b.temperature(PATIENT_VENOUS));
		e.pvo2 = e.venousInversion.po2ForContent(b.contentMlDl(PATIENT_VENOUS), venousHb, venousTf, e.pvo2);
		double flowLMin = e.toPatientMlS / ML_S_PER_L_MIN;
		double heparinVolume = b.volume[PATIENT_ARTERIAL] + b.volume[PATIENT_VENOUS]
				+ (c.bypassStarted ? total - b.volume[PATIENT_ARTERIAL] - b.volume[PATIENT_VENOUS] : 0);
		double heparin = heparinVolume > 0 ? e.heparinUnits / heparinVolume : 0;
		double outlet = e.pumpFlowMlS > 0 ? e.arterialOutletC : b.temperature(arterialSide);
		double venousInflow = b.temperature(VENOUS_LINE);

		s[T_S] = tS;
		s[ON_BYPASS] = c.onBypass ? 1 : 0;
		s[PUMP_FLOW_L_MIN] = e.pumpFlowMlS / ML_S_PER_L_MIN;
		s[PUMP_RPM] = c.onBypass ? c.rpm : 0;
		s[VENOUS_DRAINAGE_L_MIN] = e.drainageMlS / ML_S_PER_L_MIN;
		s[SYSTEMIC_FLOW_L_MIN] = e.systemicMlS / ML_S_PER_L_MIN;
		s[RESERVOIR_ML] = b.volume[RESERVOIR];
		s[PATIENT_ARTERIAL_ML] = b.volume[PATIENT_ARTERIAL];
		s[PATIENT_VENOUS_ML] = b.volume[PATIENT_VENOUS];
		s[CIRCUIT_ML] = total - b.volume[PATIENT_ARTERIAL] - b.volume[PATIENT_VENOUS];
		s[BLOOD_VOLUME_ML] = total;
		s[MAP_MMHG] = e.arterialPressure();
		s[CVP_MMHG] = e.venousPressureNow();
		s[PUMP_INLET_MMHG] = e.pumpInletMmHg;
		s[PRE_OXYGENATOR_MMHG] = e.preOxygenatorMmHg;
		s[POST_OXYGENATOR_MMHG] = e.postOxygenatorMmHg;
		s[ARTERIAL_LINE_MMHG] = e.arterialLineMmHg;
		s[HCT_PERCENT] = hct * 100;
		s[HB_G_DL] = hb;
		s[SAO2_PERCENT] = 100 * OxygenMath.saturation(e.pao2, arterialTf);
		s[PAO2_MMHG] = e.pao2;
		s[SVO2_PERCENT] = 100 * OxygenMath.saturation(e.pvo2, venousTf);
		s[PVO2_MMHG] = e.pvo2;
		s[PACO2_MMHG] = e.paco2;
		s[CAO2_ML_DL] = cao2;
		s[DO2I_ML_MIN_M2] = 10 * flowLMin * cao2 / e.bsa();
		s[VO2_ML_MIN] = e.vo2MlS * 60;
		s[VCO2_ML_MIN] = e.vo2MlS * 60 * Constants.RESPIRATORY_QUOTIENT;
		s[O2_TRANSFER_ML_MIN] = e.o2TransferMlS * 60;
		s[CO2_REMOVAL_ML_MIN] = e.co2RemovalMlS * 60;
		s[SWEEP_L_MIN] = c.sweepLMin;
		s[FIO2_PERCENT] = c.fio2Percent;
		s[WATER_C] = e.waterC;
		s[ARTERIAL_OUTLET_C] = outlet;
		s[VENOUS_INFLOW_C] = venousInflow;
		s[CORE_C] = e.coreC;
		s[GRADIENT_C] = outlet - venousInflow;
		s[HEPARIN_U_ML] = heparin;
		s[ACT_S] = HeparinKinetics.actS(heparin);
		s[CARDIOPLEGIA_ML] = e.cardioplegia.deliveredMl();
		double due = e.cardioplegia.dueInS(tS);
		s[CARDIOPLEGIA_DUE_IN_S] = Double.isNaN(due) ? 0 : due;
		s[CROSS_CLAMP_MIN] = e.cardioplegia.clampMinutes(tS);
		s[BLOOD_LOSS_ML] = e.bloodLossMl;
		s[SUCTION_RETURN_ML] = e.suctionMl;
		s[FLUIDS_ML] = e.fluidsMl + e.cardioplegiaCrystalloidMl;
		s[ULTRAFILTRATE_ML] = e.ultrafiltrateMl;
		s[ARTERIAL_AIR_ML] = e.arterialAirMl;
		s[VOLUME_ERROR_RELATIVE] = Math.abs(total - e.expectedVolumeMl()) / e.initialVolumeMl;
	}
}
