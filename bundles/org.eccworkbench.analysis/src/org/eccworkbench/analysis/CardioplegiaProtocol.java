package org.eccworkbench.analysis;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import org.eccworkbench.analysis.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Cardioplegia protocols with published sources: the blood : crystalloid ratio of the delivered
 * solution and, where a source gives one, the weight-based dose. A protocol without a published
 * weight-based dose (dosed "per institution") has an empty dose: the user gives the volume.
 */
public enum CardioplegiaProtocol {

	/**
	 * del Nido: 1 part blood to 4 parts crystalloid (Plasma-Lyte A base with KCl, NaHCO3,
	 * mannitol, lidocaine, MgSO4); 20 mL/kg for induction, 10 mL/kg as a re-dose after 90 min
	 * (Kachoueian et al., JECT 2024;56:159 Table 1; Matte &amp; del Nido, JECT 2012;44:98;
	 * Anesthesiol Clin 2019, PMC6986803 Table 2). The default maxima are those of an adult
	 * protocol example: 1000-1200 mL initial (the low end, 1000 mL, is taken) and 500 mL re-doses
	 * (Perfusion 2021;36(5):463, PMID 32909513).
	 */
	DEL_NIDO("del-nido", 1, 4, 20, 1000, 10, 500),
	/**
	 * Blood cardioplegia 4:1 (Buckberg): 4 parts blood to 1 part crystalloid, K 20 mEq/L for
	 * induction and about 10 for maintenance, re-dosed every 20-30 min; the dose is set per
	 * institution (PMC6986803; Durandy, World J Cardiol 2015;7(10):658).
	 */
	BLOOD_4_1("blood-4-1", 4, 1, Double.NaN, Double.NaN, Double.NaN, Double.NaN),
	/**
	 * Custodiol HTK (Bretschneider), a crystalloid given as a single infusion over 6-8 min with
	 * protection up to about 120-180 min (Köhler product page; PMC6986803). No weight-based dose in
	 * the sources.
	 */
	CUSTODIOL_HTK("htk", 0, 1, Double.NaN, Double.NaN, Double.NaN, Double.NaN),
	/**
	 * St Thomas' / Plegisol, an extracellular crystalloid (Na 110-120, K 16-26 mmol/L) typically
	 * re-dosed every 20-30 min; the dose is set per institution (PMC6986803; Durandy 2015).
	 */
	ST_THOMAS("st-thomas", 0, 1, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

	/** The two doses a protocol may give per kilogram. */
	public enum Dose {
		INDUCTION, REDOSE
	}

	private final String id;
	private final int bloodParts;
	private final int crystalloidParts;
	private final double inductionMlPerKg;
	private final double inductionMaxMl;
	private final double redoseMlPerKg;
	private final double redoseMaxMl;

	CardioplegiaProtocol(String id, int bloodParts, int crystalloidParts, double inductionMlPerKg,
			double inductionMaxMl, double redoseMlPerKg, double redoseMaxMl) {
		this.id = id;
		this.bloodParts = bloodParts;
		this.crystalloidParts = crystalloidParts;
		this.inductionMlPerKg = inductionMlPerKg;
		this.inductionMaxMl = inductionMaxMl;
		this.redoseMlPerKg = redoseMlPerKg;
		this.redoseMaxMl = redoseMaxMl;
	}

	/** The identifier used on the command line, for example {@code del-nido}. */
	public String id() {
		return id;
	}

	/** Parts of blood in the delivered solution, for example 1 in del Nido's 1:4. */
	public int bloodParts() {
		return bloodParts;
	}

	/** Parts of crystalloid in the delivered solution, for example 4 in del Nido's 1:4. */
	public int crystalloidParts() {
		return crystalloidParts;
	}

	/** The fraction of the delivered volume that is blood, from 0 to 1. */
	public double bloodFraction() {
		return (double) bloodParts / (bloodParts + crystalloidParts);
	}

	/** The published dose per kilogram, mL/kg, or empty when the sources give none. */
	public OptionalDouble mlPerKg(Dose dose) {
		double value = dose == Dose.INDUCTION ? inductionMlPerKg : redoseMlPerKg;
		return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
	}

	/** The default maximum of a weight-based dose, mL, or empty when there is no such dose. */
	public OptionalDouble defaultMaxMl(Dose dose) {
		double value = dose == Dose.INDUCTION ? inductionMaxMl : redoseMaxMl;
		return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
	}

	/** Every identifier, in declaration order, separated by {@code |}. */
	public static String ids() {
		return Arrays.stream(values()).map(CardioplegiaProtocol::id).collect(Collectors.joining("|"));
	}

	/**
	 * The protocol with identifier {@code id}.
	 *
	 * @throws IllegalArgumentException naming the allowed identifiers, when there is none
	 */
	public static CardioplegiaProtocol fromId(String id) {
		for (CardioplegiaProtocol protocol : values()) {
			if (protocol.id.equals(id)) {
				return protocol;
			}
		}
		throw new IllegalArgumentException(NLS.bind(Messages.Choice_unknown, new Object[] { "protocol", ids(), id }));
	}

	String noDoseMessage(Dose dose) {
		return NLS.bind(dose == Dose.INDUCTION ? Messages.Cardioplegia_noWeightBasedDose : Messages.Cardioplegia_noRedose,
				id);
	}
}
