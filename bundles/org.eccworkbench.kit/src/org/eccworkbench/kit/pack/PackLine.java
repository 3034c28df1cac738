package org.eccworkbench.kit.pack;

import org.eccworkbench.kit.plan.Allocation;
import org.eccworkbench.kit.plan.KitItem;

/** Units of one lot in one piece. */
public record PackLine(KitItem item, Allocation allocation, int units) {

	public double weightKg() {
		return units * item.unitWeightKg();
	}

	public double volumeL() {
		return units * item.unitVolumeL();
	}
}
