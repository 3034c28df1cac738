package org.eccworkbench.kit.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eccworkbench.kit.internal.Messages;
import org.eccworkbench.kit.mission.InventoryLot;
import org.eclipse.osgi.util.NLS;

/**
 * The stock the kit is taken from, by item. A lot that expires before the mission's return date is
 * flagged and not counted. The others are taken from the site first (location {@value #SITE}: what
 * an earlier mission left there need not travel), then earliest expiry first, so the stock that
 * would expire soonest is used.
 */
public final class Inventory {

	/** The location of stock already at the mission site. */
	public static final String SITE = "site";

	private final Map<String, List<InventoryLot>> byItem = new HashMap<>();
	private final LocalDate returnDate;

	public Inventory(List<InventoryLot> lots, LocalDate returnDate) {
		this.returnDate = returnDate;
		for (InventoryLot lot : lots) {
			if (lot.getQuantity() > 0 && lot.getItemId() != null) {
				byItem.computeIfAbsent(lot.getItemId(), k -> new ArrayList<>()).add(lot);
			}
		}
		Comparator<InventoryLot> fefo = Comparator.comparing((InventoryLot l) -> !onSite(l))
				.thenComparing(InventoryLot::getExpiry, Comparator.nullsLast(Comparator.naturalOrder()));
		byItem.values().forEach(l -> l.sort(fefo.thenComparing(l2 -> String.valueOf(l2.getLot()))));
	}

	static boolean onSite(InventoryLot lot) {
		return lot.getLocation() != null && SITE.equalsIgnoreCase(lot.getLocation().strip());
	}

	boolean usable(InventoryLot lot) {
		return lot.getExpiry() == null || returnDate == null || !lot.getExpiry().isBefore(returnDate);
	}

	/** The requirement line for {@code total} of {@code item}, with the expired lots reported. */
	Requirement allocate(KitItem item, double forCases, double spares, double emergency, List<Finding> findings) {
		double total = forCases + spares + emergency;
		double available = 0;
		double expired = 0;
		List<Allocation> allocations = new ArrayList<>();
		double left = total;
		for (InventoryLot lot : byItem.getOrDefault(item.id(), List.of())) {
			if (!usable(lot)) {
				expired += lot.getQuantity();
				findings.add(Finding.warning(NLS.bind(Messages.Inventory_expires, new Object[] { item.id(),
						String.valueOf(lot.getLot()), lot.getExpiry(), Integer.toString(lot.getQuantity()), returnDate })));
				continue;
			}
			available += lot.getQuantity();
			if (left > 0) {
				double take = Math.min(left, lot.getQuantity());
				allocations.add(new Allocation(item.id(), lot.getLot() == null ? "-" : lot.getLot(), lot.getExpiry(), take,
						lot.getUnitValue(), lot.getCurrency(), onSite(lot)));
				left -= take;
			}
		}
		if (left > 1e-9 && item.packing() != PackingClass.ON_SITE) {
			allocations.add(new Allocation(item.id(), null, null, left, null, null, false));
		}
		return new Requirement(item, forCases, spares, emergency, available, expired, allocations);
	}
}
