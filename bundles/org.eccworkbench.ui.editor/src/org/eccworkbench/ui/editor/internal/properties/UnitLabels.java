package org.eccworkbench.ui.editor.internal.properties;

import java.util.List;

import org.eccworkbench.ui.editor.internal.Messages;

/**
 * Property names with their unit: the model names its numeric features after their unit
 * ({@code internalDiameterInch}, {@code primeMl}); the label shows it as a symbol,
 * "Internal Diameter (in)".
 */
public final class UnitLabels {

	private record Suffix(String feature, String words, String symbol) {
	}

	private static final List<Suffix> SUFFIXES = List.of(
			new Suffix("MlPerRev", " Ml Per Rev", "mL/rev"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			new Suffix("LMin", " LMin", "L/min"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			new Suffix("Inch", " Inch", "in"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			new Suffix("Ml", " Ml", "mL"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			new Suffix("GDl", " GDl", "g/dL"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			new Suffix("Kg", " Kg", "kg"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			new Suffix("Cm", " Cm", "cm"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			new Suffix("Fr", " Fr", "Fr"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			new Suffix("Um", " Um", "\u00b5m"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			new Suffix("Percent", " Percent", "%"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			new Suffix("TemperatureC", " C", "\u00b0C"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			new Suffix("Rpm", " Rpm", "rpm"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			new Suffix("lengthM", " M", "m"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			new Suffix("CardiacIndex", "", "L/min/m\u00b2")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private UnitLabels() {
	}

	/** {@code displayName} with the unit of {@code featureName}, or unchanged when it has none. */
	public static String label(String displayName, String featureName) {
		if (featureName.endsWith("Years")) { //$NON-NLS-1$
			return strip(displayName, " Years") + " (" + Messages.Unit_years + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		if (featureName.endsWith("Minutes")) { //$NON-NLS-1$
			return strip(displayName, " Minutes") + " (min)"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (Suffix suffix : SUFFIXES) {
			if (featureName.endsWith(suffix.feature())) {
				return strip(displayName, suffix.words()) + " (" + suffix.symbol() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return displayName;
	}

	private static String strip(String name, String words) {
		return !words.isEmpty() && name.endsWith(words) ? name.substring(0, name.length() - words.length()) : name;
	}
}
