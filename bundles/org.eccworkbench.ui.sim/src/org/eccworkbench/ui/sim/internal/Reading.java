package org.eccworkbench.ui.sim.internal;

import org.eccworkbench.sim.Signal;
import org.eclipse.osgi.util.NLS;

/**
 * A value shown at a part of the live circuit: the signal and its text, whose {0} is the value
 * with {@code decimals} decimals (the text carries the unit).
 */
record Reading(Signal signal, String pattern, int decimals) {

	String format(double[] signals) {
		return NLS.bind(pattern, Texts.fixed(signals[signal.ordinal()], decimals));
	}
}
