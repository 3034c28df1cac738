package org.eccworkbench.sim.internal;

/**
 * Every physical and physiological constant of the engine, with its unit and source.
 * "Modelling choice" marks a value the sources do not give; docs/simulation.md lists them all.
 * REFERENCE is the project's domain research (REFERENCE.md), cited by section.
 */
public final class Constants {

	// --- units -------------------------------------------------------------------------------

	/** mL/s in 1 L/min. */
	public static final double ML_S_PER_L_MIN = 1000.0 / 60.0;
	/** Pa in 1 mmHg (101325 / 760). */
	public static final double PA_PER_MMHG = 133.322;
	/** m in 1 inch (REFERENCE conventions: 1 in = 25.4 mm). */
	public static final double M_PER_INCH = 0.0254;
	/** mm of outer diameter per French (REFERENCE 1.5: 1 Fr = 1/3 mm). */
	public static final double MM_PER_FRENCH = 1.0 / 3.0;

	// --- blood -------------------------------------------------------------------------------

	/** Blood density, kg/m³ (REFERENCE 1.1, worked Reynolds example). */
	public static final double BLOOD_DENSITY_KG_M3 = 1050;
	/** Gravity, m/s². */
	public static final double GRAVITY_M_S2 = 9.80665;
	/**
	 * Viscosity against haematocrit at 37 °C: log10(µ/cP) = 0.01138 × Hct(%) + 0.03699
	 * (Lichtman 1987, as fitted by medicalalgorithms.com, "Hematocrit and whole blood viscosity").
	 */
	public static final double VISCOSITY_LOG10_SLOPE_PER_PERCENT = 0.01138;
	/** Intercept of the same fit, log10(cP). */
	public static final double VISCOSITY_LOG10_INTERCEPT = 0.03699;
	/**
	 * Viscosity rise per °C below 37 °C, 1/°C: ln 2 / 15, i.e. viscosity doubles from 37 to 22 °C,
	 * inside the 50-300 % rise Eckmann et al. report over that range (Anesth Analg 2000;91:539).
	 * Modelling choice within the published range.
	 */
	public static final double VISCOSITY_PER_DEGREE_BELOW_37 = Math.log(2) / 15.0;
	/**
	 * Mean corpuscular haemoglobin concentration, g/dL: Hb = Hct × MCHC, normal MCHC 32-36 g/dL
	 * (standard haematology reference range); the engine uses 33.3 so that Hb ≈ Hct/3.
	 */
	public static final double MCHC_G_DL = 33.3;
	/** Specific heat of blood, J/(kg·K) (Pennes bioheat literature; 3.6 kJ/kg/K). Modelling choice. */
	public static final double BLOOD_SPECIFIC_HEAT_J_KG_K = 3600;
	/** Specific heat of the human body, J/(kg·K): 0.83 kcal/kg/°C (classic thermal physiology value). */
	public static final double BODY_SPECIFIC_HEAT_J_KG_K = 3470;

	// --- oxygen ------------------------------------------------------------------------------

	/** O2 bound per gram of Hb, mL/g; the analysis bundle's default (REFERENCE 2.3). */
	public static final double HUFNER_ML_PER_G = org.eccworkbench.analysis.OxygenContent.DEFAULT_K;
	/** Dissolved O2, mL/dL/mmHg (REFERENCE 2.3, Bartlett 2016). */
	public static final double DISSOLVED_O2_ML_DL_MMHG = org.eccworkbench.analysis.OxygenContent.DISSOLVED_ML_PER_DL_PER_MMHG;
	/** Severinghaus 1979 (J Appl Physiol 46:599): S = 1 / (23400 / (P³ + 150 P) + 1) (REFERENCE 2.4). */
	public static final double SEVERINGHAUS_A = 23400;
	/** Second constant of the same equation, mmHg². */
	public static final double SEVERINGHAUS_B = 150;
	/** Temperature correction of the virtual PO2, log10 per °C (Severinghaus 1979). */
	public static final double SEVERINGHAUS_TEMPERATURE_LOG10_PER_C = 0.024;
	/** Barometric pressure, mmHg (sea level). */
	public static final double BAROMETRIC_MMHG = 760;
	/** Water vapour pressure at 37 °C, mmHg (West, Respiratory Physiology). */
	public static final double WATER_VAPOUR_MMHG = 47;
	/**
	 * ISO 7199 rated-flow test blood (REFERENCE 1.2, marked there for verification): inlet SO2
	 * 65 %, outlet 95 %, Hb 12 g/dL, 37 °C. The engine calibrates each oxygenator's transfer
	 * conductance on it, with the gas at FiO2 1.0 (modelling choice: the test gas is not stated).
	 */
	public static final double RATED_INLET_SO2 = 0.65;
	/** See {@link #RATED_INLET_SO2}. */
	public static final double RATED_OUTLET_SO2 = 0.95;
	/** See {@link #RATED_INLET_SO2}, g/dL. */
	public static final double RATED_HB_G_DL = 12;
	/** O2 consumption on CPB at 37 °C, mL/min/m² (REFERENCE 2.3: Hendrix et al., PLoS One 2019, 56 ± 8). */
	public static final double VO2_INDEX_ML_MIN_M2 = 56;
	/** VO2 halves for every 10 °C of cooling (REFERENCE 2.2, Kron & Smith): Q10 = 2. */
	public static final double VO2_Q10 = 2;
	/** Respiratory quotient, VCO2/VO2 (West, Respiratory Physiology; mixed diet 0.8). */
	public static final double RESPIRATORY_QUOTIENT = 0.8;
	/** Alveolar ventilation equation constant: PCO2 = 0.863 × VCO2 (mL/min) / V (L/min) (West). */
	public static final double ALVEOLAR_CONSTANT = 0.863;
	/**
	 * Blood CO2 capacitance, mL CO2 per dL of blood per mmHg: slope of the CO2 dissociation curve
	 * near the arterial-venous points (West, Respiratory Physiology). Modelling choice: tissue CO2
	 * stores are not modelled, so PaCO2 moves faster than in patients.
	 */
	public static final double CO2_CAPACITANCE_ML_DL_MMHG = 0.45;
	/**
	 * Share of the sweep that removes CO2 as alveolar ventilation would: calibrated so that the
	 * default sweep of 1.5 L/min/m² (REFERENCE 2.9: 1.35-1.60 L/min/m² avoided hypocapnia in CABG)
	 * holds PaCO2 at 40 mmHg with the normothermic VCO2 of this model (RQ × 56 mL/min/m²):
	 * 0.863 × 0.8 × 56 / (1.5 × 40) = 0.644. Modelling choice calibrated on that source.
	 */
	public static final double CO2_SWEEP_EFFICIENCY = ALVEOLAR_CONSTANT * RESPIRATORY_QUOTIENT * VO2_INDEX_ML_MIN_M2
			/ (1.5 * 40);
	/** Normal arterial PO2 before bypass, mmHg (West; Severinghaus gives 97.7 % at 100). */
	public static final double BASELINE_PAO2_MMHG = 100;
	/** Normal mixed venous saturation before bypass (West, Respiratory Physiology: 75 %). */
	public static final double BASELINE_SVO2 = 0.75;
	/** Normal arterial PCO2, mmHg (West). */
	public static final double BASELINE_PACO2_MMHG = 40;
	/** PO2 of a crystalloid prime equilibrated with room air, mmHg: 0.21 × (760 − 47). */
	public static final double PRIME_PO2_MMHG = 0.21 * (BAROMETRIC_MMHG - WATER_VAPOUR_MMHG);

	// --- circulation -------------------------------------------------------------------------

	/**
	 * Systemic vascular resistance, mmHg·min/L: 1000 dyn·s·cm⁻⁵ = 12.5 Wood units, middle of the
	 * normal 800-1200 dyn·s·cm⁻⁵ (standard haemodynamic reference ranges).
	 */
	public static final double SVR_MMHG_MIN_L = 12.5;
	/** Share of the blood volume in the systemic arteries (Guyton & Hall, ch. 15: 13 %). */
	public static final double ARTERIAL_VOLUME_FRACTION = 0.13;
	/**
	 * Systemic arterial compliance of a 70 kg adult, mL/mmHg. Modelling choice in the range of
	 * Windkessel estimates (about 1-2 mL/mmHg); scaled with body weight.
	 */
	public static final double ARTERIAL_COMPLIANCE_ML_MMHG_70KG = 1.5;
	/** Venous compliance is about 24 times arterial compliance (Guyton & Hall, ch. 15). */
	public static final double VENOUS_TO_ARTERIAL_COMPLIANCE = 24;
	/** Reference body weight for the compliance scaling, kg. */
	public static final double REFERENCE_WEIGHT_KG = 70;
	/** Mean arterial pressure at the start of the run, mmHg (modelling choice, normal 70-100). */
	public static final double BASELINE_MAP_MMHG = 70;
	/** Central venous pressure at the start of the run, mmHg (REFERENCE 4.2: Orpheus, 7-12). */
	public static final double BASELINE_CVP_MMHG = 8;
	/**
	 * Compliance of the veins below their unstressed volume as a share of the normal compliance:
	 * collapsing veins stiffen, which limits what the cannula can drain (modelling choice).
	 */
	public static final double COLLAPSED_VENOUS_COMPLIANCE_FRACTION = 0.05;
	/**
	 * Drainage, pumping and bleeding never take the patient's venous compartment below this share
	 * of its unstressed volume (modelling choice: the collapsed veins hold the rest).
	 */
	public static final double VENOUS_FLOOR_FRACTION = 0.5;
	/**
	 * Entrained venous air leaves the line at this share of the blood's velocity: bubbles rise
	 * against the flow and collect at high points (modelling choice). The air column also removes
	 * its share of the siphon's height.
	 */
	public static final double AIR_SLIP = 0.5;
	/**
	 * Resistance of the venae cavae and right atrium up to the venous cannula's tip for a 70 kg
	 * patient, mmHg per mL/s; scaled by 70 kg / weight, so that with C_v the drainage relaxes with
	 * the same time constant (≈ 1.4 s) at every size. Modelling choice, calibrated so that on full
	 * bypass (2.4 L/min/m², gravity drainage) the CVP reads about 3 mmHg: on full bypass with
	 * good drainage the CVP is near zero, a raised CVP means poor drainage (Gravlee et al.,
	 * Cardiopulmonary Bypass: Principles and Practice, 3rd ed. 2008, venous drainage chapter).
	 */
	public static final double CAVAL_RESISTANCE_70KG = 0.04;
	/** Height of the patient's right atrium above the reservoir inlet, cm (modelling choice; a setting). */
	public static final double VENOUS_HEIGHT_CM = 50;

	// --- circuit -----------------------------------------------------------------------------

	/** Generic oxygenator blood-side resistance, mmHg per L/min (REFERENCE 1.2/2.10: NX19, 10.5). */
	public static final double GENERIC_OXYGENATOR_RESISTANCE = 10.5;
	/** Generic adult oxygenator rated flow, L/min (REFERENCE 1.2: Capiox FX25, Quadrox-i adult, 7). */
	public static final double GENERIC_OXYGENATOR_RATED_FLOW_L_MIN = 7.0;
	/** Generic arterial filter resistance, mmHg per L/min: median of Riley, JECT 2008 (REFERENCE 1.4). */
	public static final double GENERIC_FILTER_RESISTANCE = 4.135;
	/** Generic arterial filter prime, mL: median of Riley, JECT 2008 (REFERENCE 1.4). */
	public static final double GENERIC_FILTER_PRIME_ML = 190;
	/** Generic oxygenator prime, mL. Modelling choice: no adult oxygenator prime is public (REFERENCE 1.2 [GAP]). */
	public static final double GENERIC_OXYGENATOR_PRIME_ML = 250;
	/** Generic centrifugal pump head prime, mL (REFERENCE 1.7: Sarns 48, FloPump 57; median-ish 48). */
	public static final double GENERIC_CENTRIFUGAL_PRIME_ML = 48;
	/** Generic minimum reservoir operating level, mL (REFERENCE 1.3: Capiox RX 4 L, 200). */
	public static final double GENERIC_MIN_LEVEL_ML = 200;
	/** Generic reservoir capacity, mL (REFERENCE 1.3: Capiox hardshell, 4000). */
	public static final double GENERIC_RESERVOIR_CAPACITY_ML = 4000;
	/** Reservoir volume at the start, as multiples of the minimum operating level (modelling choice; a setting). */
	public static final double RESERVOIR_PRIME_LEVELS = 3;
	/** Heat-exchanger performance factor at its test flow (REFERENCE 1.2: NX19, 0.80 at 3 L/min). */
	public static final double GENERIC_HX_FACTOR = 0.80;
	/** Test flow of {@link #GENERIC_HX_FACTOR}, L/min. */
	public static final double GENERIC_HX_FLOW_L_MIN = 3.0;
	/** Heater-cooler water range, °C (REFERENCE 1.8: 4-42 °C; oxygenator IFU: never above 42). */
	public static final double WATER_MIN_C = 4;
	/** See {@link #WATER_MIN_C}. */
	public static final double WATER_MAX_C = 42;
	/** Fastest change of the heater-cooler water temperature, °C/min (modelling choice). */
	public static final double WATER_SLEW_C_PER_MIN = 1.0;
	/** Cannula lumen as a share of its outer diameter (modelling choice for thin-walled cannulas). */
	public static final double CANNULA_LUMEN_FRACTION = 0.85;
	/** Length of a cannula's lumen, m (modelling choice). */
	public static final double CANNULA_LENGTH_M = 0.3;
	/** Loss coefficient of a cannula's entrance and exit (Borda-Carnot exit loss, K = 1). */
	public static final double CANNULA_LOSS_COEFFICIENT = 1.0;
	/** Mean velocity a cannula of unknown size is sized for at the target flow, m/s (modelling choice). */
	public static final double CANNULA_SIZING_VELOCITY_M_S = 1.5;
	/**
	 * Generic centrifugal head curve ΔP = H·N² − K·Q² (affinity laws, REFERENCE 1.7 and 4.1, MSE
	 * simulator): H in mmHg/rpm². Modelling choice giving 270 mmHg shut-off at 3000 rpm.
	 */
	public static final double CENTRIFUGAL_HEAD_MMHG_PER_RPM2 = 3.0e-5;
	/** K of the same curve, mmHg/(L/min)² (modelling choice). */
	public static final double CENTRIFUGAL_DROOP_MMHG_PER_L_MIN2 = 2.0;
	/** Generic centrifugal maximum speed, rpm (REFERENCE 1.7: Sarns 0-3600 rpm). */
	public static final double GENERIC_CENTRIFUGAL_MAX_RPM = 3600;
	/** Cardioplegia delivery flow, mL/min (REFERENCE 2.7: antegrade 250-400, Searles et al. 2021). */
	public static final double CARDIOPLEGIA_FLOW_ML_MIN = 300;
	/**
	 * DO2i is scored and alarmed once the pump has moved this many arterial-circuit volumes after
	 * bypass starts, so the crystalloid prime pushed into the patient first does not count as a
	 * delivery nadir (modelling choice).
	 */
	public static final double PRIME_WASHOUT_VOLUMES = 3;
	/** Minimum sweep whenever blood flows, L/min (REFERENCE 2.9: Capiox IFU, 0.5). */
	public static final double MIN_SWEEP_L_MIN = 0.5;
	/** Default sweep, L/min per m² BSA (REFERENCE 2.9: 1.35-1.60 avoided hypocapnia; the middle). */
	public static final double SWEEP_L_MIN_M2 = 1.5;
	/** Adult standard cardiac index on bypass, L/min/m² (REFERENCE 2.2). */
	public static final double CARDIAC_INDEX_L_MIN_M2 = 2.4;

	// --- anticoagulation ---------------------------------------------------------------------

	/** Heparin before bypass, U/kg (REFERENCE 2.6: 300-400 U/kg; the upper end, see docs). */
	public static final double HEPARIN_U_PER_KG = 400;
	/** ACT target, s (REFERENCE 2.6: > 480 s). */
	public static final double ACT_TARGET_S = 480;
	/** Baseline ACT without heparin, s (upper end of the usual 80-120 s normal range; modelling choice). */
	public static final double ACT_BASELINE_S = 120;
	/**
	 * Linear ACT response, s per U/mL of blood (linear dose-response: Bull et al., J Thorac
	 * Cardiovasc Surg 1975). Modelling choice: calibrated so 300 U/kg in 70 mL/kg of blood gives
	 * 480 s, the practice of REFERENCE 2.6.
	 */
	public static final double ACT_S_PER_U_ML = (ACT_TARGET_S - ACT_BASELINE_S) / (300.0 / 70.0);
	/** Heparin half-life against dose, U/kg → min: 25 → 30, 100 → 60, 400 → 150 (Hirsh et al., Chest 2001;119:64S). */
	public static final double[][] HEPARIN_HALF_LIFE_MIN = { { 25, 30 }, { 100, 60 }, { 400, 150 } };

	// --- alarms ------------------------------------------------------------------------------

	/** High line pressure limit, mmHg (REFERENCE 2.10: SCPS report 088, alarm set at 550). */
	public static final double LINE_PRESSURE_HIGH_MMHG = 550;
	/** SvO2 alarm, %: below 75 % on CPB shortened survival (Svenmarker et al., ICVTS 2013;16:21). */
	public static final double SVO2_LOW_PERCENT = 75;
	/** Arterial outlet must stay below 37 °C (REFERENCE 2.8, STS/SCA/AmSECT 2015, Class I). */
	public static final double ARTERIAL_OUTLET_MAX_C = 37;
	/** Arterial outlet to venous inflow gradient limit, °C (REFERENCE 2.8, Class I). */
	public static final double GRADIENT_MAX_C = 10;
	/** Gradient limit when the arterial outlet is at or above {@link #WARM_THRESHOLD_C}, °C (Class IIa). */
	public static final double WARM_GRADIENT_MAX_C = 4;
	/** Threshold of the warm rules, °C (REFERENCE 2.8). */
	public static final double WARM_THRESHOLD_C = 30;
	/** Rewarming rate limit at or above {@link #WARM_THRESHOLD_C}, °C/min (REFERENCE 2.8, Class IIa). */
	public static final double REWARMING_MAX_C_PER_MIN = 0.5;

	private Constants() {
	}
}
