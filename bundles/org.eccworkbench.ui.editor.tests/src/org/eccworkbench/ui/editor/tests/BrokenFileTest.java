package org.eccworkbench.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.eccworkbench.ui.editor.internal.editor.CircuitEditor;
import org.eclipse.core.resources.IFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A broken file opens on a page that says what is wrong, and nothing can be saved over it. */
class BrokenFileTest {

	private static final String BROKEN = """
			<?xml version="1.0" encoding="UTF-8"?>
			<ecc:Circuit xmlns:xmi="http://www.omg.org/XMI" xmi:version="2.0"
			    xmlns:ecc="http://www.eccworkbench.org/model/circuit/1.0" name="broken" modelVersion="1.0">
			  <components xsi:type="ecc:Reservoir" id="r1">
			</ecc:Circuit>
			"""; //$NON-NLS-1$

	@AfterEach
	void close() {
		Ui.page().closeAllEditors(false);
		Ui.processEvents();
	}

	@Test
	void aBrokenFileOpensOnItsProblemsAndCannotBeSaved() throws Exception {
		IFile file = Ui.project("broken").getFile("circuits/broken.ecc"); //$NON-NLS-1$ //$NON-NLS-2$
		Ui.write(file, BROKEN);
		CircuitEditor editor = Ui.open(file);
		assertNotNull(editor.errorPage(), "the editor shows the problems page");
		assertTrue(editor.controller().isEmpty(), "no diagram for a file that was not read");
		String problems = editor.errorPage().problemsText();
		assertTrue(problems.matches("(?s)broken\\.ecc:\\d+.*"), problems); //$NON-NLS-1$
		assertFalse(editor.isDirty());
		assertFalse(editor.isSaveAsAllowed());
		editor.doSave(null);
		assertEquals(BROKEN, Files.readString(file.getLocation().toPath(), StandardCharsets.UTF_8),
				"the file is left as it was");
	}
}
