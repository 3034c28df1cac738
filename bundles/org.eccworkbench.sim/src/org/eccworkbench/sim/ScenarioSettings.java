package org.eccworkbench.sim;

/**
 * Console configuration and starting values of a scenario. A NaN number means "not set": the
 * engine then takes the circuit's value, or the documented default, and says so in the run's notes.
 *
 * @param levelDetector          level detector coupling (default stop)
 * @param bubbleDetector         bubble detector coupling, stop or off (default stop)
 * @param pressureServo          high-pressure coupling (default stop)
 * @param linePressureHighMmHg   high line pressure limit, mmHg
 * @param actTargetS             ACT target, s
 * @param svo2LowPercent         SvO2 alarm threshold, %
 * @param heparinUnitsPerKg      heparin given before the run, U/kg
 * @param reservoirPrimeMl       reservoir volume at the start, mL
 * @param venousHeightCm         height of the patient above the reservoir inlet, cm
 * @param fio2Percent            starting FiO2, %
 * @param sweepLMin              starting sweep, L/min
 * @param waterC                 starting heater-cooler water temperature, °C
 * @param flowLMin               arterial flow when bypass starts, L/min
 * @param svrMmHgMinPerL         systemic vascular resistance, mmHg·min/L
 * @param vacuumMmHg             vacuum on the reservoir (VAVD), mmHg, zero or negative
 */
public record ScenarioSettings(ServoMode levelDetector, ServoMode bubbleDetector, ServoMode pressureServo,
		double linePressureHighMmHg, double actTargetS, double svo2LowPercent, double heparinUnitsPerKg,
		double reservoirPrimeMl, double venousHeightCm, double fio2Percent, double sweepLMin, double waterC,
		double flowLMin, double svrMmHgMinPerL, double vacuumMmHg) {

	/** Nothing set: every value from the circuit or the defaults. */
	public static ScenarioSettings defaults() {
		return new ScenarioSettings(ServoMode.STOP, ServoMode.STOP, ServoMode.STOP, Double.NaN, Double.NaN, Double.NaN,
				Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
	}
}
