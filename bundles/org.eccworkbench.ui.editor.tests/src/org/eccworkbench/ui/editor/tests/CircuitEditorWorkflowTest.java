package org.eccworkbench.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eccworkbench.catalog.Category;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.CircuitPackage;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.LineRole;
import org.eccworkbench.model.circuit.Oxygenator;
import org.eccworkbench.model.circuit.Reservoir;
import org.eccworkbench.ui.editor.internal.canvas.DiagramCanvas;
import org.eccworkbench.ui.editor.internal.canvas.DiagramController;
import org.eccworkbench.ui.editor.internal.commands.ConnectionRules;
import org.eccworkbench.ui.editor.internal.editor.CircuitEditor;
import org.eccworkbench.ui.editor.internal.palette.PaletteDrop;
import org.eccworkbench.ui.editor.internal.palette.PaletteEntry;
import org.eccworkbench.ui.editor.internal.validation.ProblemMarkers;
import org.eccworkbench.ui.editor.internal.wizards.NewCircuitWizard;
import org.eccworkbench.ui.editor.internal.wizards.StarterCircuits;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A user's session with the editor, in the real workbench: new circuit from the wizard, parts from
 * the palette by the drop path, a line drawn, a refused line, a Problems marker that appears and
 * goes, undo and redo through the workbench's commands, save, close, reopen.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CircuitEditorWorkflowTest {

	private static IFile file;
	private static CircuitEditor editor;
	private static Map<String, int[]> layout;

	@Test
	@Order(1)
	void theNewCircuitWizardCreatesAndOpensAnEmptyCircuit() throws Exception {
		IProject project = Ui.project("workflow"); //$NON-NLS-1$
		NewCircuitWizard wizard = new NewCircuitWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project.getFolder("circuits"))); //$NON-NLS-1$
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		wizard.filePage().setFileName("adult.ecc"); //$NON-NLS-1$
		wizard.choose(StarterCircuits.EMPTY);
		assertTrue(wizard.performFinish());
		dialog.close();
		Ui.processEvents();

		file = project.getFile("circuits/adult.ecc"); //$NON-NLS-1$
		assertTrue(file.exists());
		editor = (CircuitEditor) Ui.page().getActiveEditor();
		assertNotNull(editor);
		assertEquals("adult.ecc", editor.getTitle()); //$NON-NLS-1$
		assertTrue(editor.document().circuit().getComponents().isEmpty());
		assertFalse(editor.isDirty());
	}

	@Test
	@Order(2)
	void partsComeFromThePaletteThroughTheDropPath() {
		DiagramCanvas canvas = editor.diagramPage().canvas();
		var palette = editor.diagramPage().palette();
		PaletteEntry reservoir = palette.contents().all().stream()
				.filter(e -> e.product().filter(p -> p.category() == Category.RESERVOIR).isPresent()).findFirst()
				.orElseThrow();
		PaletteDrop.dropped(canvas, palette.contents(), reservoir.id(), 100, 100);
		PaletteDrop.dropped(canvas, palette.contents(), "generic:oxygenator", 300, 100); //$NON-NLS-1$
		Ui.processEvents();

		Circuit circuit = editor.document().circuit();
		assertEquals(2, circuit.getComponents().size());
		Reservoir placed = (Reservoir) circuit.getComponents().get(0);
		assertEquals(reservoir.product().orElseThrow().id(), placed.getProductId());
		assertTrue(circuit.getComponents().get(1) instanceof Oxygenator);
		assertEquals(List.of("in", "out", "gasIn", "gasOut", "waterIn", "waterOut"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				circuit.getComponents().get(1).getPorts().stream().map(p -> p.getName()).toList());
		assertTrue(editor.isDirty(), "an added part makes the editor dirty");

		palette.search("capiox"); //$NON-NLS-1$
		assertFalse(palette.visibleEntries().isEmpty());
		assertTrue(palette.visibleEntries().stream().allMatch(e -> e.label().toLowerCase().contains("capiox"))); //$NON-NLS-1$
		palette.search(""); //$NON-NLS-1$
	}

	@Test
	@Order(3)
	void portsConnectAndIncompatibleLinesAreRefusedWithAReason() {
		DiagramController controller = editor.controller().orElseThrow();
		Circuit circuit = controller.circuit();
		Component reservoir = circuit.getComponents().get(0);
		Component oxygenator = circuit.getComponents().get(1);

		ConnectionRules.Verdict gasToBlood = controller.connect(reservoir.findPort("out"), oxygenator.findPort("gasIn")); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(gasToBlood.allowed());
		assertTrue(controller.lastStatus().contains("gas"), controller.lastStatus()); //$NON-NLS-1$
		ConnectionRules.Verdict outToOut = controller.connect(reservoir.findPort("out"), oxygenator.findPort("out")); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(outToOut.allowed());
		assertTrue(controller.lastStatus().contains("outlets"), controller.lastStatus()); //$NON-NLS-1$

		// dragged from the inlet: the line still runs in the direction of flow
		assertTrue(controller.connect(oxygenator.findPort("in"), reservoir.findPort("out")).allowed()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(1, circuit.getConnections().size());
		Connection line = circuit.getConnections().get(0);
		assertEquals(reservoir.findPort("out"), line.getSource()); //$NON-NLS-1$
		assertEquals(LineRole.VENOUS, line.getRole(), "blood before the oxygenator is venous");
		assertEquals(0.375, line.getInternalDiameterInch());

		ConnectionRules.Verdict taken = controller.connect(reservoir.findPort("out"), oxygenator.findPort("in")); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(taken.allowed());
		assertTrue(controller.lastStatus().contains("already connected"), controller.lastStatus()); //$NON-NLS-1$
	}

	@Test
	@Order(4)
	void aValidationProblemBecomesAMarkerAndGoesAwayOnUndo() throws Exception {
		Ui.page().showView("org.eclipse.ui.views.ProblemView"); //$NON-NLS-1$
		Ui.page().activate(editor);
		// The clinical rules report on this small circuit (no bubble detector yet, ...): the
		// test follows what one edit adds to them and what its undo takes away.
		editor.validateNow();
		List<String> before = messages();
		Component oxygenator = editor.document().circuit().getComponents().get(1);
		var domain = editor.document().domain();
		domain.getCommandStack()
				.execute(SetCommand.create(domain, oxygenator, CircuitPackage.Literals.CIRCUIT_ELEMENT__ID, null));
		// The editor validates by itself shortly after an edit.
		assertTrue(awaitMarkers(m -> m.size() > before.size()), "no marker for the missing id");
		List<IMarker> added = Arrays.stream(markers())
				.filter(m -> !before.contains(m.getAttribute(IMarker.MESSAGE, ""))).toList(); //$NON-NLS-1$
		IMarker missingId = added.stream().filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains("id")) //$NON-NLS-1$ //$NON-NLS-2$
				.findFirst().orElseThrow(() -> new AssertionError(added.toString()));
		assertEquals(IMarker.SEVERITY_ERROR, missingId.getAttribute(IMarker.SEVERITY, -1));

		execute("org.eclipse.ui.edit.undo"); //$NON-NLS-1$
		assertEquals("oxygenator-1", oxygenator.getId()); //$NON-NLS-1$
		assertTrue(awaitMarkers(before::equals), "undo brings the markers back to what they were");
	}

	/** Processes events until the markers' messages satisfy {@code condition}, for up to 20 s. */
	private static boolean awaitMarkers(java.util.function.Predicate<List<String>> condition) throws Exception {
		long end = System.currentTimeMillis() + 20_000;
		while (!condition.test(messages())) {
			if (System.currentTimeMillis() > end) {
				return false;
			}
			Ui.settle(50);
		}
		return true;
	}

	private static List<String> messages() throws Exception {
		return Arrays.stream(markers()).map(m -> m.getAttribute(IMarker.MESSAGE, "")).sorted().toList(); //$NON-NLS-1$
	}

	@Test
	@Order(5)
	void markersLeadBackToTheirElement() throws Exception {
		Component reservoir = editor.document().circuit().getComponents().get(0);
		IMarker marker = file.createMarker(ProblemMarkers.MARKER_TYPE);
		marker.setAttribute(ProblemMarkers.ELEMENT_ID, reservoir.getId());
		editor.gotoMarker(marker);
		assertEquals(List.of(reservoir), List.copyOf(editor.controller().orElseThrow().selection().elements()));
		assertEquals(List.of(reservoir), ((StructuredSelection) editor.getSite().getSelectionProvider().getSelection()).toList());
		marker.delete();
	}

	@Test
	@Order(6)
	void undoAndRedoGoThroughTheWorkbenchCommands() throws Exception {
		Circuit circuit = editor.document().circuit();
		assertEquals(1, circuit.getConnections().size());
		execute("org.eclipse.ui.edit.undo"); //$NON-NLS-1$
		assertEquals(0, circuit.getConnections().size());
		execute("org.eclipse.ui.edit.redo"); //$NON-NLS-1$
		assertEquals(1, circuit.getConnections().size());
	}

	@Test
	@Order(7)
	void movesAndTheKeyboardAreCommandsToo() {
		DiagramController controller = editor.controller().orElseThrow();
		Component oxygenator = controller.circuit().getComponents().get(1);
		controller.selection().set(List.of(oxygenator));
		int x = oxygenator.getX();
		controller.moveSelection(40, 0);
		assertEquals(x + 200, oxygenator.getX(), "two grid cells of 100 units");
		controller.selectNext(true);
		assertEquals(List.of(controller.circuit().getComponents().get(0)), List.copyOf(controller.selection().elements()));
		controller.selectAll();
		controller.copySelection();
		controller.paste();
		assertEquals(4, controller.circuit().getComponents().size());
		assertEquals(2, controller.circuit().getConnections().size(), "the line between copied parts is copied");
		editor.document().commandStack().undo();
		assertEquals(2, controller.circuit().getComponents().size());
		controller.autoLayout();
		Component reservoir = controller.circuit().getComponents().get(0);
		assertTrue(reservoir.getX() < oxygenator.getX(), "auto layout runs left to right along the blood path");
	}

	@Test
	@Order(8)
	void savedCircuitsReopenWithTheSameModelAndLayout() throws Exception {
		layout = positions(editor.document().circuit());
		editor.doSave(null);
		assertFalse(editor.isDirty());
		assertTrue(Ui.page().closeEditor(editor, false));
		Ui.processEvents();
		file.refreshLocal(IResource.DEPTH_ZERO, null);

		editor = Ui.open(file);
		assertNull(editor.errorPage());
		Circuit reopened = editor.document().circuit();
		assertEquals(layout.keySet(), positions(reopened).keySet());
		layout.forEach((id, xy) -> assertTrue(Arrays.equals(xy, positions(reopened).get(id)), id));
		assertEquals(1, reopened.getConnections().size());
		assertFalse(editor.isDirty());
	}

	@AfterAll
	static void closeAndCheckTheLog() throws Exception {
		Ui.page().closeAllEditors(false);
		Ui.processEvents();
		assertEquals("", Ui.logErrors()); //$NON-NLS-1$
	}

	private static IMarker[] markers() throws Exception {
		return file.findMarkers(ProblemMarkers.MARKER_TYPE, true, IResource.DEPTH_ZERO);
	}

	private static Map<String, int[]> positions(Circuit circuit) {
		Map<String, int[]> result = new TreeMap<>();
		circuit.getComponents().forEach(c -> result.put(c.getId(), new int[] { c.getX(), c.getY() }));
		return result;
	}

	private static void execute(String command)
			throws ExecutionException, NotDefinedException, NotEnabledException, NotHandledException {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
		Ui.processEvents();
	}
}
