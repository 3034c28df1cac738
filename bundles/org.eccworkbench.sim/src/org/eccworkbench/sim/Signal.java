package org.eccworkbench.sim;

import java.util.Arrays;
import java.util.Optional;

/**
 * The recorded state variables. Each key names its unit; these keys head the CSV columns, name
 * the {@code final} members of the JSON summary and the signals of conditional scenario events.
 */
public enum Signal {
	T_S("t_s"),
	ON_BYPASS("on_bypass"),
	PUMP_FLOW_L_MIN("pump_flow_l_min"),
	PUMP_RPM("pump_rpm"),
	VENOUS_DRAINAGE_L_MIN("venous_drainage_l_min"),
	SYSTEMIC_FLOW_L_MIN("systemic_flow_l_min"),
	RESERVOIR_ML("reservoir_ml"),
	PATIENT_ARTERIAL_ML("patient_arterial_ml"),
	PATIENT_VENOUS_ML("patient_venous_ml"),
	CIRCUIT_ML("circuit_ml"),
	BLOOD_VOLUME_ML("blood_volume_ml"),
	MAP_MMHG("map_mmhg"),
	CVP_MMHG("cvp_mmhg"),
	PUMP_INLET_MMHG("pump_inlet_mmhg"),
	PRE_OXYGENATOR_MMHG("pre_oxygenator_mmhg"),
	POST_OXYGENATOR_MMHG("post_oxygenator_mmhg"),
	ARTERIAL_LINE_MMHG("arterial_line_mmhg"),
	HCT_PERCENT("hct_percent"),
	HB_G_DL("hb_g_dl"),
	SAO2_PERCENT("sao2_percent"),
	PAO2_MMHG("pao2_mmhg"),
	SVO2_PERCENT("svo2_percent"),
	PVO2_MMHG("pvo2_mmhg"),
	PACO2_MMHG("paco2_mmhg"),
	CAO2_ML_DL("cao2_ml_dl"),
	DO2I_ML_MIN_M2("do2i_ml_min_m2"),
	VO2_ML_MIN("vo2_ml_min"),
	VCO2_ML_MIN("vco2_ml_min"),
	O2_TRANSFER_ML_MIN("o2_transfer_ml_min"),
	CO2_REMOVAL_ML_MIN("co2_removal_ml_min"),
	SWEEP_L_MIN("sweep_l_min"),
	FIO2_PERCENT("fio2_percent"),
	WATER_C("water_c"),
	ARTERIAL_OUTLET_C("arterial_outlet_c"),
	VENOUS_INFLOW_C("venous_inflow_c"),
	CORE_C("core_c"),
	GRADIENT_C("gradient_c"),
	ARTERIAL_RATE_C_PER_MIN("arterial_rate_c_per_min"),
	HEPARIN_U_ML("heparin_u_ml"),
	ACT_S("act_s"),
	CARDIOPLEGIA_ML("cardioplegia_ml"),
	CARDIOPLEGIA_DUE_IN_S("cardioplegia_due_in_s"),
	CROSS_CLAMP_MIN("cross_clamp_min"),
	BLOOD_LOSS_ML("blood_loss_ml"),
	SUCTION_RETURN_ML("suction_return_ml"),
	FLUIDS_ML("fluids_ml"),
	ULTRAFILTRATE_ML("ultrafiltrate_ml"),
	ARTERIAL_AIR_ML("arterial_air_ml"),
	VOLUME_ERROR_RELATIVE("volume_error_relative");

	private static final Signal[] ALL = values();

	private final String key;

	Signal(String key) {
		this.key = key;
	}

	public String key() {
		return key;
	}

	/** The signal with {@code key}. */
	public static Optional<Signal> of(String key) {
		return Arrays.stream(ALL).filter(s -> s.key.equals(key)).findFirst();
	}

	/** Every signal, in column order. The array is shared: do not modify it. */
	static Signal[] all() {
		return ALL;
	}
}
