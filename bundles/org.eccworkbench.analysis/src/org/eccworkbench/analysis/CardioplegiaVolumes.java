package org.eccworkbench.analysis;

import java.util.Objects;

import org.eccworkbench.analysis.CardioplegiaProtocol.Dose;

/**
 * One cardioplegia dose split into its crystalloid and blood parts by the protocol's ratio,
 * either from a volume the user gives or from the protocol's published mL/kg dose up to a
 * maximum.
 *
 * @param protocol      the protocol
 * @param totalMl       the delivered volume, mL
 * @param crystalloidMl the crystalloid part, mL
 * @param bloodMl       the blood part, mL
 * @param capped        whether the weight-based volume was reduced to the maximum
 */
public record CardioplegiaVolumes(CardioplegiaProtocol protocol, double totalMl, double crystalloidMl, double bloodMl,
		boolean capped) {

	/** Any one dose. */
	public static final Limit TOTAL_ML = new Limit("volumeMl", 1, 5000, "mL");
	/** The maximum of a weight-based dose. */
	public static final Limit MAX_ML = new Limit("maxMl", 1, 5000, "mL");

	public CardioplegiaVolumes {
		Objects.requireNonNull(protocol, "protocol");
	}

	/** {@code totalMl} of {@code protocol}'s solution, split by its ratio. */
	public static CardioplegiaVolumes ofTotal(CardioplegiaProtocol protocol, double totalMl) {
		return split(protocol, TOTAL_ML.check(totalMl), false);
	}

	/**
	 * The published weight-based {@code dose} of {@code protocol} for {@code weightKg}, at most
	 * {@code maxMl}.
	 *
	 * @throws IllegalArgumentException when the protocol has no published weight-based dose of
	 *                                  that kind, or an input is out of range
	 */
	public static CardioplegiaVolumes byWeight(CardioplegiaProtocol protocol, Dose dose, double weightKg, double maxMl) {
		double mlPerKg = protocol.mlPerKg(dose).orElseThrow(() -> new IllegalArgumentException(protocol.noDoseMessage(dose)));
		BodySize.WEIGHT_KG.check(weightKg);
		MAX_ML.check(maxMl);
		double byWeight = weightKg * mlPerKg;
		return split(protocol, Math.min(byWeight, maxMl), byWeight > maxMl);
	}

	/** Like {@link #byWeight(CardioplegiaProtocol, Dose, double, double)}, at the protocol's default maximum. */
	public static CardioplegiaVolumes byWeight(CardioplegiaProtocol protocol, Dose dose, double weightKg) {
		double maxMl = protocol.defaultMaxMl(dose).orElseThrow(() -> new IllegalArgumentException(protocol.noDoseMessage(dose)));
		return byWeight(protocol, dose, weightKg, maxMl);
	}

	private static CardioplegiaVolumes split(CardioplegiaProtocol protocol, double totalMl, boolean capped) {
		double bloodMl = totalMl * protocol.bloodFraction();
		return new CardioplegiaVolumes(protocol, totalMl, totalMl - bloodMl, bloodMl, capped);
	}
}
