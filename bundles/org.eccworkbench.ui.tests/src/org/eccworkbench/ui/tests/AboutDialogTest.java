package org.eccworkbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eccworkbench.ui.internal.AboutDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

class AboutDialogTest {

	@Test
	void showsTheVersionOfTheProduct() {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		AboutDialog dialog = new AboutDialog(shell);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			assertEquals("About ECC Workbench", dialog.getShell().getText());
			Version version = FrameworkUtil.getBundle(AboutDialog.class).getVersion();
			String release = version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
			assertTrue(dialog.getVersionText().startsWith("Version " + release), dialog.getVersionText());
			assertTrue(dialog.getVersionText().contains(version.getQualifier()), dialog.getVersionText());
		} finally {
			dialog.close();
		}
	}
}
