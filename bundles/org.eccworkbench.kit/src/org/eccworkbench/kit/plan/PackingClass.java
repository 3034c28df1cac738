package org.eccworkbench.kit.plan;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Items of different classes never share a piece: sterile single-use devices, fluids (a leaking
 * bag must not wet sterile packs), cold-chain items (packed with cooling), and everything else.
 * Blood products are requested on site and never packed.
 */
public enum PackingClass {
	STERILE, FLUID, COLD_CHAIN, GENERAL, ON_SITE;

	public String id() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<PackingClass> of(String id) {
		return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst();
	}
}
