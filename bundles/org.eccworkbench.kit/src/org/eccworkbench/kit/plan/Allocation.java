package org.eccworkbench.kit.plan;

import java.time.LocalDate;

/**
 * A quantity taken from one inventory lot; a null lot is what must still be procured. A lot whose
 * location is the mission site ({@link Inventory#SITE}) is already there: it is counted, but not
 * packed and not declared to customs.
 */
public record Allocation(String itemId, String lot, LocalDate expiry, double quantity, Double unitValue,
		String currency, boolean onSite) {

	public boolean toProcure() {
		return lot == null;
	}

	/** Whether the quantity travels in the pieces: not on site already. */
	public boolean travels() {
		return !onSite;
	}
}
