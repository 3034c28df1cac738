package org.eccworkbench.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a figure's value relates to the truth, as its source words it: "&gt; 6.5 L/min" is
 * {@link #MORE_THAN} 6.5, "about 1600 mL/min" is {@link #ABOUT} 1.6 L/min.
 */
public enum Qualifier {
	EXACT("exact", ""), //$NON-NLS-1$ //$NON-NLS-2$
	ABOUT("about", "\u2248"), //$NON-NLS-1$
	AT_MOST("at-most", "\u2264"), //$NON-NLS-1$
	AT_LEAST("at-least", "\u2265"), //$NON-NLS-1$
	MORE_THAN("more-than", ">"), //$NON-NLS-1$ //$NON-NLS-2$
	LESS_THAN("less-than", "<"); //$NON-NLS-1$ //$NON-NLS-2$

	private final String id;
	private final String symbol;

	Qualifier(String id, String symbol) {
		this.id = id;
		this.symbol = symbol;
	}

	/** The spelling in catalog files, for example {@code more-than}. */
	public String id() {
		return id;
	}

	/** The sign written before the value, empty for {@link #EXACT}. */
	public String symbol() {
		return symbol;
	}

	public static Optional<Qualifier> of(String id) {
		return Arrays.stream(values()).filter(q -> q.id.equals(id)).findFirst();
	}

	/** Every id, comma-separated. */
	public static String allIds() {
		return String.join(", ", Arrays.stream(values()).map(Qualifier::id).toList()); //$NON-NLS-1$
	}
}
