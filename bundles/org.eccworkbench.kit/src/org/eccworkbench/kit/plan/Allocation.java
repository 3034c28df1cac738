package org.eccworkbench.kit.plan;

import java.time.LocalDate;

/** A quantity taken from one inventory lot; a null lot is what must still be procured. */
public record Allocation(String itemId, String lot, LocalDate expiry, double quantity, Double unitValue,
		String currency) {

	public boolean toProcure() {
		return lot == null;
	}
}
