package org.eccworkbench.kit.plan;

import java.util.List;

/**
 * One line of the bill of materials.
 *
 * @param item        the item
 * @param forCases    what the planned cases use
 * @param spares      spares by the policy
 * @param emergency   the emergency kit's share
 * @param available   usable stock: lots that do not expire before the return date
 * @param expired     stock not counted because it expires before the return date
 * @param allocations the lots the kit takes, earliest expiry first, and what is to procure
 */
public record Requirement(KitItem item, double forCases, double spares, double emergency, double available,
		double expired, List<Allocation> allocations) {

	public double total() {
		return forCases + spares + emergency;
	}

	/** What is missing, 0 when the stock covers the need. Blood is requested on site, never short. */
	public double shortage() {
		if (item.packing() == PackingClass.ON_SITE) {
			return 0;
		}
		return Math.max(0, total() - available);
	}
}
