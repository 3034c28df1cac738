package org.eccworkbench.sim.internal;

/**
 * Oxygen transfer of a membrane oxygenator as an exchanger: the outlet content approaches the
 * content in equilibrium with the gas, C_out = C_eq − (C_eq − C_in)·exp(−G/Q), where G (mL/s) is
 * the device's transfer conductance, calibrated so that at its rated flow the ISO 7199 test blood
 * (SO2 65 % → 95 %, Hb 12 g/dL, 37 °C) is reached with FiO2 1.0. The transfer can never exceed the
 * oxygen the sweep brings (FiO2 × sweep).
 */
public final class OxygenatorModel {

	private OxygenatorModel() {
	}

	/** Gas-side PO2, mmHg: FiO2 × (PB − PH2O). */
	static double gasPo2(double fio2) {
		return fio2 * (Constants.BAROMETRIC_MMHG - Constants.WATER_VAPOUR_MMHG);
	}

	/** G, mL/s, of a device with rated flow {@code ratedFlowMlS}. */
	static double ratedConductance(double ratedFlowMlS) {
		double tf = OxygenMath.temperatureFactor(37);
		double hb = Constants.RATED_HB_G_DL;
		double inlet = contentAtSaturation(Constants.RATED_INLET_SO2, hb, tf);
		double outlet = contentAtSaturation(Constants.RATED_OUTLET_SO2, hb, tf);
		double equilibrium = OxygenMath.content(gasPo2(1.0), hb, tf);
		return ratedFlowMlS * Math.log((equilibrium - inlet) / (equilibrium - outlet));
	}

	private static double contentAtSaturation(double saturation, double hb, double tf) {
		return Constants.HUFNER_ML_PER_G * hb * saturation
				+ Constants.DISSOLVED_O2_ML_DL_MMHG * OxygenMath.po2ForSaturation(saturation, tf);
	}

	/** The outlet content, mL/dL, of blood entering at {@code inlet} mL/dL with flow {@code flowMlS}. */
	static double outletContent(double inlet, double hb, double temperatureC, double fio2, double sweepLMin,
			double conductanceMlS, double flowMlS) {
		if (sweepLMin <= 0 || flowMlS <= 0) {
			return inlet;
		}
		return outletContentRetaining(inlet, hb, temperatureC, fio2, sweepLMin, flowMlS, Math.exp(-conductanceMlS / flowMlS));
	}

	/**
	 * {@link #outletContent(double, double, double, double, double, double, double)} with the share
	 * of the inlet's distance from equilibrium the blood keeps, {@code retained} = exp(−G/Q), given:
	 * the engine keeps it while G and Q do not change.
	 */
	static double outletContentRetaining(double inlet, double hb, double temperatureC, double fio2, double sweepLMin,
			double flowMlS, double retained) {
		if (sweepLMin <= 0 || flowMlS <= 0) {
			return inlet;
		}
		double equilibrium = OxygenMath.content(gasPo2(fio2), hb, OxygenMath.temperatureFactor(temperatureC));
		double outlet = equilibrium - (equilibrium - inlet) * retained;
		double supplyMlS = fio2 * sweepLMin * 1000 / 60;
		double transferMlS = flowMlS * (outlet - inlet) / 100;
		if (transferMlS > supplyMlS) {
			outlet = inlet + supplyMlS * 100 / flowMlS;
		}
		return outlet;
	}

	/**
	 * The outlet saturation of the ISO 7199 test blood (SO2 65 %, Hb 12 g/dL, 37 °C, FiO2 1.0 and
	 * ample sweep) at {@code flowMlS} through a device rated at {@code ratedFlowMlS}: 0.95 at the
	 * rated flow by construction.
	 */
	public static double outletSaturationAtRatedFlow(double ratedFlowMlS, double flowMlS) {
		double hb = Constants.RATED_HB_G_DL;
		double tf = OxygenMath.temperatureFactor(37);
		double inlet = contentAtSaturation(Constants.RATED_INLET_SO2, hb, tf);
		double outlet = outletContent(inlet, hb, 37, 1.0, 20, ratedConductance(ratedFlowMlS), flowMlS);
		return OxygenMath.saturation(OxygenMath.po2ForContent(outlet, hb, tf, 80), tf);
	}
}
