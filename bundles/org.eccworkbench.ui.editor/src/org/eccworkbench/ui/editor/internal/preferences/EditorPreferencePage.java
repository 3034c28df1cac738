package org.eccworkbench.ui.editor.internal.preferences;

import java.util.Arrays;

import org.eccworkbench.analysis.BsaFormula;
import org.eccworkbench.analysis.OxygenContent;
import org.eccworkbench.analysis.TargetFlow;
import org.eccworkbench.ui.editor.internal.Messages;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.core.runtime.preferences.InstanceScope;

/** Window > Preferences > Circuit design. */
public final class EditorPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public EditorPreferencePage() {
		super(GRID);
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, EditorPreferences.NODE));
		setDescription(Messages.Preferences_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		// the store is set in the constructor
	}

	@Override
	protected void createFieldEditors() {
		addField(new RadioGroupFieldEditor(EditorPreferences.UNITS, Messages.Preferences_units, 1,
				new String[][] { { Messages.Preferences_unitsTubingInches, EditorPreferences.UNITS_TUBING_INCHES },
						{ Messages.Preferences_unitsSi, EditorPreferences.UNITS_SI } },
				getFieldEditorParent()));
		String[][] formulas = Arrays.stream(BsaFormula.values())
				.map(f -> new String[] { f.citation(), f.id() }).toArray(String[][]::new);
		addField(new ComboFieldEditor(EditorPreferences.BSA_FORMULA, Messages.Preferences_bsaFormula, formulas,
				getFieldEditorParent()));
		addField(new BoundedNumberField(EditorPreferences.CARDIAC_INDEX, Messages.Preferences_cardiacIndex,
				TargetFlow.CARDIAC_INDEX.min(), TargetFlow.CARDIAC_INDEX.max()));
		addField(new BoundedNumberField(EditorPreferences.OXYGEN_K, Messages.Preferences_oxygenK,
				OxygenContent.K_ML_PER_G.min(), OxygenContent.K_ML_PER_G.max()));
	}

	/** A decimal number within the limits the calculations accept. */
	private final class BoundedNumberField extends StringFieldEditor {
		private final double min;
		private final double max;

		BoundedNumberField(String key, String label, double min, double max) {
			super(key, label, getFieldEditorParent());
			this.min = min;
			this.max = max;
			setErrorMessage(NLS.bind(Messages.Preferences_range, new Object[] { label, format(min), format(max) }));
		}

		@Override
		protected boolean doCheckState() {
			try {
				double value = Double.parseDouble(getStringValue().trim().replace(',', '.'));
				return value >= min && value <= max;
			} catch (NumberFormatException e) {
				return false;
			}
		}

		private static String format(double value) {
			return Double.toString(value);
		}
	}
}
