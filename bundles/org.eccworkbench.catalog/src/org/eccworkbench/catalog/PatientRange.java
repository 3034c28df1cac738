package org.eccworkbench.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.eccworkbench.catalog.internal.Messages;

/** The patients a product is made for, as its source states them. */
public enum PatientRange {
	NEONATAL, INFANT, PAEDIATRIC, SMALL_ADULT, ADULT;

	/** The spelling in catalog files, for example {@code small-adult}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The range's name in the user's language. */
	public String label() {
		String label = Messages.label("PatientRange_" + name()); //$NON-NLS-1$
		return label == null ? id() : label;
	}

	public static Optional<PatientRange> of(String id) {
		return Arrays.stream(values()).filter(p -> p.id().equals(id)).findFirst();
	}

	/** Every id, comma-separated. */
	public static String allIds() {
		return String.join(", ", Arrays.stream(values()).map(PatientRange::id).toList()); //$NON-NLS-1$
	}
}
