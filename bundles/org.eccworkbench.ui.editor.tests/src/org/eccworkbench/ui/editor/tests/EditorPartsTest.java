package org.eccworkbench.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.CircuitElement;
import org.eccworkbench.model.circuit.CircuitPackage;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.resource.CircuitFiles;
import org.eccworkbench.ui.editor.internal.canvas.DiagramCanvas;
import org.eccworkbench.ui.editor.internal.circuits.CircuitsView;
import org.eccworkbench.ui.editor.internal.diagram.DiagramGeometry;
import org.eccworkbench.ui.editor.internal.editor.CircuitEditor;
import org.eccworkbench.ui.editor.internal.outline.CircuitOutlinePage;
import org.eccworkbench.ui.editor.internal.properties.ItemPropertySource;
import org.eccworkbench.ui.editor.internal.table.ElementColumn;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.SWT;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Components grid, the Patient & case form, the Outline and the properties, on the CPB loop. */
class EditorPartsTest {

	private static CircuitEditor editor;

	@BeforeAll
	static void open() throws Exception {
		IFile file = Ui.project("parts").getFile("circuits/loop.ecc"); //$NON-NLS-1$ //$NON-NLS-2$
		CircuitFiles.save(LoopCircuit.create("loop"), file.getLocation().toPath()); //$NON-NLS-1$
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		editor = Ui.open(file);
	}

	@AfterAll
	static void close() {
		Ui.page().closeAllEditors(false);
		Ui.processEvents();
	}

	@Test
	void theComponentsGridListsSortsAndEditsThroughCommands() {
		Circuit circuit = editor.document().circuit();
		var table = editor.componentsTable();
		assertEquals(circuit.getComponents().size() + circuit.getConnections().size(), table.rows().size());
		table.sort(ElementColumn.ID, false);
		List<String> ids = table.rows().stream().map(CircuitElement::getId).toList();
		List<String> sorted = ids.stream().sorted(java.util.Comparator.reverseOrder()).toList();
		assertEquals(sorted, ids);

		Connection line = circuit.getConnections().get(0);
		table.setValue(line, ElementColumn.LENGTH_M, 1.8);
		assertEquals(1.8, line.getLengthM());
		assertTrue(editor.isDirty());
		editor.document().commandStack().undo();
		assertEquals(1.0, line.getLengthM());
	}

	@Test
	void theCircuitsViewListsTheWorkspacesCircuitsAndOpensThem() throws Exception {
		CircuitsView view = (CircuitsView) Ui.page().showView("org.eccworkbench.ui.views.circuits"); //$NON-NLS-1$
		Ui.processEvents();
		var content = (org.eclipse.jface.viewers.ITreeContentProvider) view.tree().getContentProvider();
		IFile file = Ui.project("parts").getFile("circuits/loop.ecc"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(Arrays.asList(content.getChildren(Ui.project("parts"))).contains(file)); //$NON-NLS-1$
		view.open(file);
		assertEquals(editor, Ui.page().getActiveEditor(), "the open editor is brought forward");
	}

	@Test
	void aSensorDroppedOnALineMeasuresIt() {
		var controller = editor.controller().orElseThrow();
		Connection line = controller.circuit().getConnections().get(2);
		double[] on = DiagramGeometry.attachmentPoint(line);
		var entry = editor.diagramPage().palette().contents().entry("generic:temperature-sensor").orElseThrow(); //$NON-NLS-1$
		var sensor = (org.eccworkbench.model.circuit.Sensor) controller.place(entry, on[0], on[1]);
		assertEquals(line, sensor.getAttachedTo());
		editor.document().commandStack().undo();
	}

	@Test
	void arrowsMoveTheSelectionAndTabGoesToTheNextPart() {
		var controller = editor.controller().orElseThrow();
		var canvas = editor.diagramPage().canvas().control();
		var parts = controller.circuit().getComponents();
		controller.selection().set(List.of(parts.get(0)));
		int x = parts.get(0).getX();
		key(canvas, SWT.ARROW_RIGHT, 0);
		assertEquals(x + 100, parts.get(0).getX(), "one grid cell");
		key(canvas, SWT.ARROW_LEFT, SWT.SHIFT);
		assertEquals(x - 400, parts.get(0).getX(), "five grid cells with Shift");
		key(canvas, SWT.TAB, 0);
		assertEquals(List.of(parts.get(1)), List.copyOf(controller.selection().elements()));
		key(canvas, SWT.TAB, SWT.SHIFT);
		assertEquals(List.of(parts.get(0)), List.copyOf(controller.selection().elements()));
		editor.document().commandStack().undo();
		editor.document().commandStack().undo();
		assertEquals(x, parts.get(0).getX());
	}

	@Test
	void draggingFromPortToPortDrawsALineAndARubberBandSelects() {
		var controller = editor.controller().orElseThrow();
		var canvas = editor.diagramPage().canvas();
		var circuit = controller.circuit();
		var patient = circuit.getComponents().get(0);
		var setEntry = editor.diagramPage().palette().contents().entry("generic:cardioplegia-set").orElseThrow(); //$NON-NLS-1$
		var cardioplegia = controller.place(setEntry, DiagramGeometry.bounds(patient).x(),
				DiagramGeometry.bounds(patient).bottom() + 120);
		canvas.viewport().setOrigin(DiagramGeometry.extent(circuit).x() - 20, DiagramGeometry.extent(circuit).y() - 20);
		int lines = circuit.getConnections().size();
		var from = DiagramGeometry.anchor(cardioplegia.findPort("out")); //$NON-NLS-1$
		var to = DiagramGeometry.anchor(patient.findPort("cardioplegiaIn")); //$NON-NLS-1$
		mouse(canvas, SWT.MouseDown, from.x(), from.y(), 0);
		mouse(canvas, SWT.MouseMove, (from.x() + to.x()) / 2, (from.y() + to.y()) / 2, SWT.BUTTON1);
		mouse(canvas, SWT.MouseMove, to.x(), to.y(), SWT.BUTTON1);
		mouse(canvas, SWT.MouseUp, to.x(), to.y(), 0);
		assertEquals(lines + 1, circuit.getConnections().size(), controller.lastStatus());
		Connection drawn = circuit.getConnections().get(lines);
		assertEquals(org.eccworkbench.model.circuit.LineRole.CARDIOPLEGIA, drawn.getRole());

		var box = DiagramGeometry.extent(circuit).expand(10);
		mouse(canvas, SWT.MouseDown, box.x(), box.y(), 0);
		mouse(canvas, SWT.MouseMove, box.right(), box.bottom(), SWT.BUTTON1);
		mouse(canvas, SWT.MouseUp, box.right(), box.bottom(), 0);
		assertEquals(circuit.getComponents().size(), controller.selection().elements().size(), "the band takes every part");

		editor.document().commandStack().undo();
		editor.document().commandStack().undo();
		assertEquals(lines, circuit.getConnections().size());
		assertEquals(10, circuit.getComponents().size());
	}

	@Test
	void aRightClickSelectsThePartTheContextMenuActsOn() {
		var controller = editor.controller().orElseThrow();
		var canvas = editor.diagramPage().canvas();
		var pump = controller.circuit().getComponents().get(3);
		controller.selection().set(List.of());
		var box = DiagramGeometry.bounds(pump);
		org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
		event.button = 3;
		event.x = (int) Math.round(canvas.viewport().toScreenX(box.centerX()));
		event.y = (int) Math.round(canvas.viewport().toScreenY(box.centerY()));
		canvas.control().notifyListeners(SWT.MouseDown, event);
		assertEquals(List.of(pump), List.copyOf(controller.selection().elements()));
		var menu = canvas.control().getMenu();
		assertNotNull(menu);
		assertEquals(7, menu.getItemCount(), "delete, copy, paste, select all, a separator, auto layout, fit");
	}

	/** A mouse event at a diagram point, as the canvas receives it. */
	private static void mouse(DiagramCanvas canvas, int type, double x, double y, int stateMask) {
		org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
		event.type = type;
		event.button = type == SWT.MouseMove ? 0 : 1;
		event.stateMask = stateMask;
		event.x = (int) Math.round(canvas.viewport().toScreenX(x));
		event.y = (int) Math.round(canvas.viewport().toScreenY(y));
		canvas.control().notifyListeners(type, event);
	}

	private static void key(org.eclipse.swt.widgets.Control control, int keyCode, int stateMask) {
		org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
		event.keyCode = keyCode;
		event.stateMask = stateMask;
		event.doit = true;
		control.notifyListeners(SWT.KeyDown, event);
	}

	@Test
	void thePatientFormCreatesThePatientWithTheFirstValue() {
		Circuit circuit = editor.document().circuit();
		var weight = editor.patientCaseForm().textOf(CircuitPackage.Literals.PATIENT__WEIGHT_KG);
		weight.setText("72.5"); //$NON-NLS-1$
		weight.notifyListeners(SWT.DefaultSelection, null);
		assertNotNull(circuit.getPatient());
		assertEquals(72.5, circuit.getPatient().getWeightKg());
		editor.document().commandStack().undo();
		assertEquals(null, circuit.getPatient(), "one undo removes the patient created for the value");
	}

	@Test
	void theOutlineListsComponentsAndConnections() {
		CircuitOutlinePage outline = (CircuitOutlinePage) editor.getAdapter(IContentOutlinePage.class);
		var shell = new org.eclipse.swt.widgets.Shell(editor.getSite().getShell());
		try {
			outline.createControl(shell);
			Object[] groups = ((org.eclipse.jface.viewers.ITreeContentProvider) outline.tree().getContentProvider())
					.getElements(editor.document().circuit());
			assertEquals(2, groups.length);
			assertEquals(10, outline.tree().getTree().getItem(0).getItemCount(), "the ten parts of the loop");
		} finally {
			outline.dispose();
			shell.dispose();
		}
	}

	@Test
	void propertiesComeFromTheItemProvidersWithUnits() {
		Connection line = editor.document().circuit().getConnections().get(0);
		IPropertySource source = ItemPropertySource.provider(editor.document().adapterFactory()).getPropertySource(line);
		List<String> names = Arrays.stream(source.getPropertyDescriptors()).map(IPropertyDescriptor::getDisplayName)
				.toList();
		assertTrue(names.contains("Internal diameter (in)"), names.toString()); //$NON-NLS-1$
		assertTrue(names.contains("Length (m)"), names.toString()); //$NON-NLS-1$
		Object lengthId = Arrays.stream(source.getPropertyDescriptors())
				.filter(d -> d.getDisplayName().equals("Length (m)")).findFirst().orElseThrow().getId(); //$NON-NLS-1$
		source.setPropertyValue(lengthId, 2.5);
		assertEquals(2.5, line.getLengthM());
		assertTrue(editor.document().commandStack().canUndo(), "a property edit is a command");
		editor.document().commandStack().undo();
		assertEquals(1.0, line.getLengthM());
	}
}
