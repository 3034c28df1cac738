package org.eccworkbench.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eccworkbench.ui.editor.internal.editor.CircuitEditor;
import org.eccworkbench.ui.editor.internal.validation.ProblemMarkers;
import org.eccworkbench.ui.editor.internal.wizards.NewCircuitWizard;
import org.eccworkbench.ui.editor.internal.wizards.StarterCircuit;
import org.eccworkbench.ui.editor.internal.wizards.StarterCircuits;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The New Circuit wizard offers the shipped templates and writes a copy that opens and validates. */
class TemplateWizardTest {

	@AfterEach
	void close() {
		Ui.page().closeAllEditors(false);
		Ui.processEvents();
	}

	@Test
	void theWizardListsTheEmptyCircuitThenEveryShippedTemplate() {
		List<StarterCircuit> all = StarterCircuits.all();
		assertEquals(StarterCircuits.EMPTY, all.get(0));
		assertEquals(7, all.size(), all.stream().map(StarterCircuit::label).toList().toString());
		assertTrue(all.stream().noneMatch(s -> s.label().isBlank() || s.label().startsWith("%"))); //$NON-NLS-1$
	}

	@Test
	void aCircuitFromTheAdultTemplateOpensWithItsPatientAndHasNoErrors() throws Exception {
		IProject project = Ui.project("templates"); //$NON-NLS-1$
		NewCircuitWizard wizard = new NewCircuitWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project.getFolder("circuits"))); //$NON-NLS-1$
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		wizard.filePage().setFileName("from-adult.ecc"); //$NON-NLS-1$
		wizard.choose(StarterCircuits.template("adult").orElseThrow()); //$NON-NLS-1$
		assertTrue(wizard.performFinish());
		dialog.close();
		Ui.processEvents();

		IFile file = project.getFile("circuits/from-adult.ecc"); //$NON-NLS-1$
		assertTrue(file.exists());
		CircuitEditor editor = (CircuitEditor) Ui.page().getActiveEditor();
		assertNotNull(editor);
		assertEquals("from-adult.ecc", editor.getTitle()); //$NON-NLS-1$
		var circuit = editor.document().circuit();
		assertTrue(circuit.getComponents().size() > 20, "the template's parts");
		assertNotNull(circuit.getPatient(), "the template's default patient");
		assertEquals(80.0, circuit.getPatient().getWeightKg());
		assertFalse(editor.isDirty());

		editor.validateNow();
		Ui.settle(1500);
		IMarker[] markers = file.findMarkers(ProblemMarkers.MARKER_TYPE, true, IResource.DEPTH_ZERO);
		List<String> errors = Arrays.stream(markers)
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
				.map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList(); //$NON-NLS-1$
		assertEquals(List.of(), errors);
	}
}
