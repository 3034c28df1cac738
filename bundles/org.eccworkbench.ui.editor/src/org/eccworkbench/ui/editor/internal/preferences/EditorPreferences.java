package org.eccworkbench.ui.editor.internal.preferences;

import org.eccworkbench.analysis.BsaFormula;
import org.eccworkbench.analysis.OxygenContent;
import org.eccworkbench.model.circuit.CircuitPackage;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * The circuit design preferences: how units are shown, the BSA formula and cardiac index a new
 * case starts with, and the oxygen constant k. Defaults come from the calculations and the model.
 */
public final class EditorPreferences extends AbstractPreferenceInitializer {

	public static final String NODE = "org.eccworkbench.ui.editor"; //$NON-NLS-1$
	public static final String UNITS = "units"; //$NON-NLS-1$
	public static final String BSA_FORMULA = "bsaFormula"; //$NON-NLS-1$
	public static final String CARDIAC_INDEX = "cardiacIndex"; //$NON-NLS-1$
	public static final String OXYGEN_K = "oxygenK"; //$NON-NLS-1$

	/** Tubing sizes in inches (as tubing is sold) and the rest in SI units. */
	public static final String UNITS_TUBING_INCHES = "tubing-inches"; //$NON-NLS-1$
	/** Every length in SI units, tubing sizes in millimetres. */
	public static final String UNITS_SI = "si"; //$NON-NLS-1$

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(NODE);
		defaults.put(UNITS, UNITS_TUBING_INCHES);
		defaults.put(BSA_FORMULA, BsaFormula.DEFAULT.id());
		defaults.putDouble(CARDIAC_INDEX, defaultCardiacIndex());
		defaults.putDouble(OXYGEN_K, OxygenContent.DEFAULT_K);
	}

	/** The model's default target cardiac index, in L/min/m². */
	static double defaultCardiacIndex() {
		return ((Number) CircuitPackage.Literals.CLINICAL_CASE__TARGET_CARDIAC_INDEX.getDefaultValue()).doubleValue();
	}

	public static IEclipsePreferences instance() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}
}
