package org.eccworkbench.console.simulated.server;

/**
 * The values of every channel at one instant, in {@link ModuleTable#CHANNELS} order. A value is
 * {@code NaN} when the console cannot give it (sent as {@code --}); {@code questionable[i]} marks
 * a value the console doubts. {@code seconds} is the simulated case's time.
 */
public record Reading(double seconds, double[] values, boolean[] questionable) {
}
