package org.eccworkbench.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eccworkbench.analysis.BsaFormula;
import org.eccworkbench.analysis.OxygenContent;
import org.eccworkbench.ui.editor.internal.preferences.EditorPreferencePage;
import org.eccworkbench.ui.editor.internal.preferences.EditorPreferences;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** The circuit design preferences start from the calculations' defaults and the page stores them. */
class PreferencesTest {

	@Test
	void defaultsComeFromTheCalculationsAndTheModel() {
		var service = Platform.getPreferencesService();
		assertEquals(BsaFormula.DEFAULT.id(), service.getString(EditorPreferences.NODE, EditorPreferences.BSA_FORMULA, null, null));
		assertEquals(2.4, service.getDouble(EditorPreferences.NODE, EditorPreferences.CARDIAC_INDEX, 0, null));
		assertEquals(OxygenContent.DEFAULT_K, service.getDouble(EditorPreferences.NODE, EditorPreferences.OXYGEN_K, 0, null));
		assertEquals(EditorPreferences.UNITS_TUBING_INCHES,
				service.getString(EditorPreferences.NODE, EditorPreferences.UNITS, null, null));
	}

	@Test
	void thePageBuildsAndStores() {
		Shell shell = new Shell(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		try {
			EditorPreferencePage page = new EditorPreferencePage();
			page.init(PlatformUI.getWorkbench());
			page.createControl(shell);
			assertTrue(page.isValid(), "the defaults are within the limits the page checks");
			page.getPreferenceStore().setValue(EditorPreferences.OXYGEN_K, 1.36);
			assertEquals(1.36, Platform.getPreferencesService().getDouble(EditorPreferences.NODE,
					EditorPreferences.OXYGEN_K, 0, null), "the page's store is the editor's instance preferences");
			assertTrue(page.performOk());
			assertEquals(OxygenContent.DEFAULT_K, Platform.getPreferencesService().getDouble(EditorPreferences.NODE,
					EditorPreferences.OXYGEN_K, 0, null), "OK stores what the page shows");
			page.dispose();
		} finally {
			shell.dispose();
		}
	}
}
