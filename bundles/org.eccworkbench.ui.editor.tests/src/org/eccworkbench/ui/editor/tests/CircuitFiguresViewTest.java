package org.eccworkbench.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eccworkbench.model.circuit.CircuitPackage;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.LineRole;
import org.eccworkbench.model.resource.CircuitFiles;
import org.eccworkbench.ui.WorkbenchIds;
import org.eccworkbench.ui.editor.internal.editor.CircuitEditor;
import org.eccworkbench.ui.editor.internal.figures.CircuitFiguresView;
import org.eccworkbench.ui.editor.internal.wizards.StarterCircuits;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The Circuit Figures view follows the circuit editor and recomputes after an edit. */
class CircuitFiguresViewTest {

	@AfterAll
	static void close() {
		Ui.page().closeAllEditors(false);
		Ui.processEvents();
	}

	@Test
	void theAdultTemplatesPrimeAndLimitingPartShowAndTheyFollowATubeLength() throws Exception {
		IFile file = Ui.project("figures").getFile("circuits/adult.ecc"); //$NON-NLS-1$ //$NON-NLS-2$
		CircuitFiles.save(StarterCircuits.template("adult").orElseThrow().create("adult"), file.getLocation().toPath()); //$NON-NLS-1$ //$NON-NLS-2$
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		CircuitFiguresView view = (CircuitFiguresView) Ui.page().showView(WorkbenchIds.VIEW_CIRCUIT_FIGURES);
		CircuitEditor editor = Ui.open(file);
		Ui.page().activate(editor);
		Ui.settle(300);

		var figures = view.figures().orElseThrow(() -> new AssertionError(view.summary().toString()));
		String primeLine = view.summary().get(1);
		assertTrue(figures.knownPrimeMl() > 500, primeLine);
		assertTrue(primeLine.contains(String.format(java.util.Locale.getDefault(), "%.0f", figures.knownPrimeMl())), //$NON-NLS-1$
				primeLine);
		String limiting = figures.flowLimit().limitingPart().orElseThrow().label();
		assertTrue(view.summary().get(4).contains(limiting), view.summary().toString());
		assertTrue(view.summary().get(2).contains("estimate"), view.summary().get(2)); //$NON-NLS-1$
		assertTrue(view.items().getItemCount() == figures.prime().size());

		Connection tube = editor.document().circuit().getConnections().stream()
				.filter(c -> c.getRole() == LineRole.ARTERIAL && c.getLengthM() > 0 && c.getInternalDiameterInch() > 0)
				.findFirst().orElseThrow();
		var domain = editor.document().domain();
		domain.getCommandStack().execute(SetCommand.create(domain, tube, CircuitPackage.Literals.CONNECTION__LENGTH_M,
				tube.getLengthM() + 1.0));
		Ui.settle(600);
		String after = view.summary().get(1);
		assertNotEquals(primeLine, after, "a metre more of arterial line adds to the prime");
		assertTrue(view.figures().orElseThrow().knownPrimeMl() > figures.knownPrimeMl() + 50, after);

		Ui.page().closeAllEditors(false);
		Ui.settle(100);
		assertFalse(view.figures().isPresent());
		assertTrue(List.of(view.summary().get(0)).get(0).length() > 10, "says to open a circuit");
	}
}
