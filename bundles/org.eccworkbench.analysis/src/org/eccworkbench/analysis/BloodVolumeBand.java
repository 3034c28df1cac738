package org.eccworkbench.analysis;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.eccworkbench.analysis.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Published estimates of blood volume per kilogram of body weight, by age band (and sex where the
 * source gives it). Each band keeps the range its source gives; the sources do not define the
 * ages at which one band ends and the next begins, so the user chooses the band.
 * <p>
 * Sources:
 * <ul>
 * <li>University of Iowa, Iowa Protocols, "Maximum allowable blood loss"
 * (https://medicine.uiowa.edu/iowaprotocols/maximum-allowable-blood-loss): preterm 90-100, term
 * neonate 80-90, infant 70-80, child 70-75, obese child 60-65, adult 65-70 mL/kg.</li>
 * <li>The Nadler-based paediatric table of MDApp (estimated blood volume calculator): male
 * adolescent 70, female adolescent 65 mL/kg.</li>
 * </ul>
 * Measured adult blood volumes range from 35 to 129 mL/kg (Trowbridge, Stammers et al., JECT,
 * PMC4680658): every band is an estimate.
 */
public enum BloodVolumeBand {

	/** Preterm neonate, 90-100 mL/kg (Iowa). */
	PRETERM("preterm", 90, 100, Source.IOWA),
	/** Term neonate, 80-90 mL/kg (Iowa). */
	TERM_NEONATE("term-neonate", 80, 90, Source.IOWA),
	/** Infant, 70-80 mL/kg (Iowa). */
	INFANT("infant", 70, 80, Source.IOWA),
	/** Child, 70-75 mL/kg (Iowa). */
	CHILD("child", 70, 75, Source.IOWA),
	/** Obese child, 60-65 mL/kg (Iowa). */
	OBESE_CHILD("obese-child", 60, 65, Source.IOWA),
	/** Male adolescent, 70 mL/kg (Nadler-based table, MDApp). */
	ADOLESCENT_MALE("adolescent-male", 70, 70, Source.NADLER_MDAPP),
	/** Female adolescent, 65 mL/kg (Nadler-based table, MDApp). */
	ADOLESCENT_FEMALE("adolescent-female", 65, 65, Source.NADLER_MDAPP),
	/** Adult, 65-70 mL/kg (Iowa). */
	ADULT("adult", 65, 70, Source.IOWA);

	/** Where a band's figures come from. */
	public enum Source {
		/** https://medicine.uiowa.edu/iowaprotocols/maximum-allowable-blood-loss */
		IOWA("University of Iowa, Iowa Protocols: Maximum allowable blood loss"),
		/** The Nadler-based paediatric table of the MDApp blood volume calculator. */
		NADLER_MDAPP("Nadler-based paediatric table (MDApp)");

		private final String title;

		Source(String title) {
			this.title = title;
		}

		/** A short human-readable name of the source. */
		public String title() {
			return title;
		}
	}

	private final String id;
	private final double lowMlPerKg;
	private final double highMlPerKg;
	private final Source source;

	BloodVolumeBand(String id, double lowMlPerKg, double highMlPerKg, Source source) {
		this.id = id;
		this.lowMlPerKg = lowMlPerKg;
		this.highMlPerKg = highMlPerKg;
		this.source = source;
	}

	/** The identifier used on the command line, for example {@code term-neonate}. */
	public String id() {
		return id;
	}

	/** The low end of the published range, mL/kg. */
	public double lowMlPerKg() {
		return lowMlPerKg;
	}

	/** The high end of the published range, mL/kg (equal to the low end for a single figure). */
	public double highMlPerKg() {
		return highMlPerKg;
	}

	/** Where the figures come from. */
	public Source source() {
		return source;
	}

	/** Every identifier, in declaration order, separated by {@code |}. */
	public static String ids() {
		return Arrays.stream(values()).map(BloodVolumeBand::id).collect(Collectors.joining("|"));
	}

	/**
	 * The band with identifier {@code id}.
	 *
	 * @throws IllegalArgumentException naming the allowed identifiers, when there is none
	 */
	public static BloodVolumeBand fromId(String id) {
		for (BloodVolumeBand band : values()) {
			if (band.id.equals(id)) {
				return band;
			}
		}
		throw new IllegalArgumentException(NLS.bind(Messages.Choice_unknown, new Object[] { "band", ids(), id }));
	}
}
