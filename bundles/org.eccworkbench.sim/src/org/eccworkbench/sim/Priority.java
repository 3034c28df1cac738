package org.eccworkbench.sim;

/** Alarm priority, as consoles rank them (IEC 60601-1-8 uses the same three levels). */
public enum Priority {
	HIGH, MEDIUM, LOW;

	/** The spelling in JSON and CSV: {@code high}, {@code medium}, {@code low}. */
	public String id() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
