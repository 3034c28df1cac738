package org.eccworkbench.kit.pack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eccworkbench.kit.internal.Messages;
import org.eccworkbench.kit.mission.TransportLimits;
import org.eccworkbench.kit.plan.Allocation;
import org.eccworkbench.kit.plan.KitItem;
import org.eccworkbench.kit.plan.KitPlan;
import org.eccworkbench.kit.plan.Numbers;
import org.eccworkbench.kit.plan.PackingClass;
import org.eccworkbench.kit.plan.Requirement;
import org.eclipse.osgi.util.NLS;

/**
 * Packs the kit into pieces under the airline's weight and size limits: first fit, heaviest units
 * first, each packing class in pieces of its own (sterile, fluids, cold chain, general); blood is
 * requested on site and not packed. A piece holds at most the weight limit less its tare and at
 * most its inner volume. A unit heavier or bigger than a piece can hold, or more pieces than the
 * limit, is reported with the limit and the excess. Stock already on site does not travel.
 */
public final class Packer {

	public PackingResult pack(KitPlan plan) {
		TransportLimits limits = plan.mission().getTransport();
		double maxKg = limits == null || limits.getMaxKgPerPiece() <= 0 ? Double.MAX_VALUE : limits.getMaxKgPerPiece();
		double tare = limits == null ? 0 : limits.getTareKg();
		double capacityKg = maxKg - tare;
		double capacityL = limits == null || limits.getLengthCm() <= 0 || limits.getWidthCm() <= 0 || limits.getHeightCm() <= 0
				? Double.MAX_VALUE
				: limits.getLengthCm() * limits.getWidthCm() * limits.getHeightCm() / 1000.0;
		List<String> broken = new ArrayList<>();
		List<Piece> pieces = new ArrayList<>();
		Map<PackingClass, List<Piece>> open = new EnumMap<>(PackingClass.class);
		List<Allocation> order = new ArrayList<>();
		Map<Allocation, KitItem> itemOf = new java.util.IdentityHashMap<>();
		for (Requirement requirement : plan.requirements()) {
			if (requirement.item().packing() == PackingClass.ON_SITE) {
				continue;
			}
			for (Allocation allocation : requirement.allocations()) {
				if (allocation.travels()) {
					order.add(allocation);
					itemOf.put(allocation, requirement.item());
				}
			}
		}
		order.sort(Comparator.comparingDouble((Allocation a) -> -itemOf.get(a).unitWeightKg())
				.thenComparingDouble(a -> -itemOf.get(a).unitVolumeL()));
		for (Allocation allocation : order) {
			KitItem item = itemOf.get(allocation);
			int units = (int) Math.ceil(allocation.quantity() - 1e-9);
			if (item.unitWeightKg() > capacityKg) {
				broken.add(NLS.bind(Messages.Pack_unitTooHeavy, new Object[] { item.id(), Numbers.fixed(item.unitWeightKg(), 2),
						Numbers.quantity(maxKg), Numbers.quantity(tare), Numbers.fixed(item.unitWeightKg() - capacityKg, 2) }));
				continue;
			}
			if (item.unitVolumeL() > capacityL) {
				broken.add(NLS.bind(Messages.Pack_unitTooBig, new Object[] { item.id(), Numbers.fixed(item.unitVolumeL(), 1),
						Numbers.fixed(capacityL, 1), Numbers.fixed(item.unitVolumeL() - capacityL, 1) }));
				continue;
			}
			List<Piece> candidates = open.computeIfAbsent(item.packing(), k -> new ArrayList<>());
			for (Piece piece : candidates) {
				if (units == 0) {
					break;
				}
				int fit = fit(piece, item, units, capacityKg, capacityL);
				if (fit > 0) {
					piece.add(new PackLine(item, allocation, fit));
					units -= fit;
				}
			}
			while (units > 0) {
				Piece piece = new Piece(pieces.size() + 1, item.packing(), tare);
				pieces.add(piece);
				candidates.add(piece);
				int fit = fit(piece, item, units, capacityKg, capacityL);
				piece.add(new PackLine(item, allocation, fit));
				units -= fit;
			}
		}
		if (limits != null && limits.getMaxPieces() > 0 && pieces.size() > limits.getMaxPieces()) {
			broken.add(NLS.bind(Messages.Pack_tooManyPieces, new Object[] { Integer.toString(pieces.size()),
					Integer.toString(limits.getMaxPieces()), Integer.toString(pieces.size() - limits.getMaxPieces()) }));
		}
		return new PackingResult(pieces, broken);
	}

	private static int fit(Piece piece, KitItem item, int units, double capacityKg, double capacityL) {
		double byWeight = item.unitWeightKg() <= 0 ? units : Math.floor((capacityKg - piece.contentKg() + 1e-9) / item.unitWeightKg());
		double byVolume = item.unitVolumeL() <= 0 || capacityL == Double.MAX_VALUE ? units
				: Math.floor((capacityL - piece.volumeL() + 1e-9) / item.unitVolumeL());
		return (int) Math.max(0, Math.min(units, Math.min(byWeight, byVolume)));
	}
}
