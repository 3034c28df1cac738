package org.eccworkbench.sim;

/**
 * How a run went.
 *
 * @param bypassMinutes           time on bypass, min
 * @param minutesBelowDo2i272     on bypass with DO2i below 272 mL/min/m², min
 * @param minutesBelowDo2i280     on bypass with DO2i below 280 mL/min/m², min
 * @param nadirDo2i               lowest DO2i on bypass, mL/min/m², NaN without bypass
 * @param maxGradientC            largest |arterial outlet − venous inflow| with the pump running, °C
 * @param missedRedoses           cardioplegia re-doses that became overdue
 * @param maxVolumeErrorRelative  largest |blood volume − expected| / initial volume over the run
 */
public record Scores(double bypassMinutes, double minutesBelowDo2i272, double minutesBelowDo2i280, double nadirDo2i,
		double maxGradientC, int missedRedoses, double maxVolumeErrorRelative) {
}
