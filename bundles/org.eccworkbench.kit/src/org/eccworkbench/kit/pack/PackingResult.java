package org.eccworkbench.kit.pack;

import java.util.List;

/** The pieces, and every limit the packing breaks (empty when it fits). */
public record PackingResult(List<Piece> pieces, List<String> brokenLimits) {

	public boolean fits() {
		return brokenLimits.isEmpty();
	}

	public double totalKg() {
		return pieces.stream().mapToDouble(Piece::weightKg).sum();
	}
}
