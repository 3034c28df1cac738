package org.eccworkbench.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BooleanSupplier;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.Port;
import org.eccworkbench.model.resource.CircuitFiles;
import org.eccworkbench.ui.editor.internal.Messages;
import org.eccworkbench.ui.editor.internal.canvas.DiagramCanvas;
import org.eccworkbench.ui.editor.internal.commands.ComponentFactory;
import org.eccworkbench.ui.editor.internal.commands.PartKind;
import org.eccworkbench.ui.editor.internal.diagram.DiagramGeometry;
import org.eccworkbench.ui.editor.internal.diagram.DiagramUnits;
import org.eccworkbench.ui.editor.internal.diagram.PortLayout.Anchor;
import org.eccworkbench.ui.editor.internal.editor.CircuitEditor;
import org.eccworkbench.ui.editor.internal.wizards.StarterCircuits;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.StatusLineManager;
import org.eclipse.jface.action.SubStatusLineManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The canvas driven with the pointer itself: xdotool puts mouse moves and button presses into the
 * X server (its XTEST extension, which Xvfb has), and they come back to the canvas as from a real
 * mouse, through GTK, SWT, hit testing and the tools.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RealMouseTest {

	private static final long TIMEOUT_MS = 10_000;

	private static IFile file;
	private static CircuitEditor editor;
	private static Component reservoir;
	private static Component oxygenator;

	@BeforeAll
	static void openACircuitWithTwoParts() throws Exception {
		Circuit circuit = StarterCircuits.EMPTY.create("mouse"); //$NON-NLS-1$
		reservoir = ComponentFactory.create(PartKind.RESERVOIR, "reservoir"); //$NON-NLS-1$
		reservoir.setX(DiagramUnits.toUnits(100));
		reservoir.setY(DiagramUnits.toUnits(100));
		oxygenator = ComponentFactory.create(PartKind.OXYGENATOR, "oxygenator"); //$NON-NLS-1$
		oxygenator.setX(DiagramUnits.toUnits(300));
		oxygenator.setY(DiagramUnits.toUnits(100));
		circuit.getComponents().add(reservoir);
		circuit.getComponents().add(oxygenator);
		file = Ui.project("mouse").getFile("circuits/mouse.ecc"); //$NON-NLS-1$ //$NON-NLS-2$
		CircuitFiles.save(circuit, file.getLocation().toPath());
		file.refreshLocal(IResource.DEPTH_ZERO, null);

		editor = Ui.open(file);
		Display.getCurrent().addFilter(SWT.MouseDown,
				e -> SEEN.append(e.widget.getClass().getSimpleName()).append('@').append(e.x).append(',').append(e.y).append(' '));
		Shell shell = editor.getSite().getShell();
		shell.setBounds(shell.getDisplay().getPrimaryMonitor().getBounds());
		shell.forceActive();
		Ui.page().activate(editor);
		DiagramCanvas canvas = editor.diagramPage().canvas();
		canvas.viewport().setZoom(1);
		canvas.viewport().setOrigin(0, 0);
		canvas.control().redraw();
		canvas.control().setFocus();
		Ui.settle(300);
		assertTrue(canvas.control().isVisible() && canvas.control().getClientArea().width > 400,
				"the canvas shows the parts");
		// the editor's model, as it was read from the file
		reservoir = editor.document().circuit().getComponents().get(0);
		oxygenator = editor.document().circuit().getComponents().get(1);
	}

	@Test
	@Order(1)
	void draggingAPartMovesItByAnUndoableCommand() {
		int x = reservoir.getX();
		int y = reservoir.getY();
		var box = DiagramGeometry.bounds(reservoir);
		drag(box.centerX(), box.centerY(), box.centerX() + 60, box.centerY() + 40);

		assertTrue(await(() -> reservoir.getX() != x), "the part moved; " + seen());
		assertEquals(x + DiagramUnits.toUnits(60), reservoir.getX(), "60 px to the right (on the grid)");
		assertEquals(y + DiagramUnits.toUnits(40), reservoir.getY(), "40 px down");
		var stack = editor.document().commandStack();
		assertNotNull(stack.getUndoCommand());
		stack.undo();
		Ui.processEvents();
		assertEquals(x, reservoir.getX());
		assertEquals(y, reservoir.getY());
	}

	@Test
	@Order(2)
	void draggingFromPortToPortConnectsThem() {
		Circuit circuit = editor.document().circuit();
		assertEquals(0, circuit.getConnections().size());
		Anchor from = DiagramGeometry.anchor(reservoir.findPort("out")); //$NON-NLS-1$
		Anchor to = DiagramGeometry.anchor(oxygenator.findPort("in")); //$NON-NLS-1$
		drag(from.x(), from.y(), to.x(), to.y());

		assertTrue(await(() -> circuit.getConnections().size() == 1), "a line was drawn");
		Connection line = circuit.getConnections().get(0);
		assertEquals(reservoir.findPort("out"), line.getSource()); //$NON-NLS-1$
		assertEquals(oxygenator.findPort("in"), line.getTarget()); //$NON-NLS-1$
		assertEquals(DiagramUnits.toUnits(100), reservoir.getX(), "the part did not move");
	}

	@Test
	@Order(3)
	void aRefusedConnectionSaysWhyInTheStatusLine() {
		Circuit circuit = editor.document().circuit();
		// from the oxygenator's outlet to its own gas inlet: a part is not joined to itself
		Port out = oxygenator.findPort("out"); //$NON-NLS-1$
		Port gas = oxygenator.findPort("gasIn"); //$NON-NLS-1$
		Anchor from = DiagramGeometry.anchor(out);
		Anchor to = DiagramGeometry.anchor(gas);
		String refused = NLS.bind(Messages.Status_refused, "").trim(); //$NON-NLS-1$
		drag(from.x(), from.y(), to.x(), to.y());

		assertTrue(await(() -> statusLineText().contains(refused)), "status line: " + statusLineText());
		String shown = statusLineText();
		assertTrue(shown.contains("same part"), shown); //$NON-NLS-1$
		assertEquals(editor.controller().orElseThrow().lastStatus(), shown.trim());
		assertEquals(1, circuit.getConnections().size(), "nothing was connected");
	}

	@Test
	@Order(4)
	void theExportsAreOneToolBarItemThatFitsANarrowWindow() {
		Shell shell = editor.getSite().getShell();
		shell.setSize(1024, 768);
		Ui.settle(200);
		var item = editor.diagramPage().exportItem();
		var bar = item.getParent();
		var bounds = item.getBounds();
		assertTrue(bounds.x + bounds.width <= bar.getClientArea().width && bounds.y + bounds.height <= bar.getClientArea().height,
				"Export shows in full: " + bounds + " in " + bar.getClientArea());
		var barBounds = bar.getBounds();
		var tools = bar.getParent().getClientArea();
		assertTrue(bar.isVisible() && barBounds.x + barBounds.width <= tools.width && barBounds.y + barBounds.height <= tools.height,
				"its tool bar shows in full: " + barBounds + " in " + tools);
		assertEquals(Messages.Tool_export, item.getText());
		var menu = editor.diagramPage().exportMenu();
		assertEquals(java.util.List.of(Messages.Tool_exportPng, Messages.Tool_exportSvg, Messages.Tool_exportPack),
				java.util.Arrays.stream(menu.getItems()).map(i -> i.getText()).toList());
		shell.setBounds(shell.getDisplay().getPrimaryMonitor().getBounds());
		Ui.settle(100);
	}

	@AfterAll
	static void close() throws Exception {
		Ui.page().closeAllEditors(false);
		Ui.processEvents();
		assertEquals("", Ui.logErrors()); //$NON-NLS-1$
	}

	private static final StringBuilder SEEN = new StringBuilder();

	/** Where the display saw button presses and which shells were showing: for a failure's message. */
	private static String seen() {
		StringBuilder shells = new StringBuilder();
		for (Shell shell : Display.getCurrent().getShells()) {
			if (shell.isVisible()) {
				shells.append(shell.getText()).append(' ').append(shell.getBounds()).append(shell.isEnabled() ? "" : " disabled").append("; "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		return "presses: " + SEEN + " shells: " + shells + " active: " + Display.getCurrent().getActiveShell() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ " canvas at " + editor.diagramPage().canvas().control().toDisplay(0, 0) + " " //$NON-NLS-1$ //$NON-NLS-2$
				+ editor.diagramPage().canvas().control().getSize();
	}

	/** Presses the left button at one diagram point, moves in steps to the other, releases. */
	private static void drag(double fromX, double fromY, double toX, double toY) {
		DiagramCanvas canvas = editor.diagramPage().canvas();
		editor.getSite().getShell().forceActive();
		Ui.processEvents();
		move(canvas, fromX, fromY);
		button(SWT.MouseDown);
		int steps = 8;
		for (int i = 1; i <= steps; i++) {
			move(canvas, fromX + (toX - fromX) * i / steps, fromY + (toY - fromY) * i / steps);
		}
		button(SWT.MouseUp);
		Ui.settle(100);
	}

	private static void move(DiagramCanvas canvas, double diagramX, double diagramY) {
		Point at = canvas.control().toDisplay((int) Math.round(canvas.viewport().toScreenX(diagramX)),
				(int) Math.round(canvas.viewport().toScreenY(diagramY)));
		xdotool("mousemove", "--sync", Integer.toString(at.x), Integer.toString(at.y)); //$NON-NLS-1$ //$NON-NLS-2$
		Display display = canvas.control().getDisplay();
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		while (!display.getCursorLocation().equals(at) && System.currentTimeMillis() < end) {
			Ui.settle(5);
		}
		assertEquals(at, display.getCursorLocation(), "the pointer moved");
		Ui.settle(20);
	}

	private static void button(int type) {
		xdotool(type == SWT.MouseDown ? "mousedown" : "mouseup", "1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Ui.settle(50);
	}

	/**
	 * Runs xdotool, which sends the input through the X server's XTEST extension as a mouse does.
	 * (SWT's {@code Display.post} moves the pointer that way too, but on GTK 3 it puts a button press
	 * straight into GTK's own queue, where the press lost its place and the drag its button.)
	 */
	private static void xdotool(String... arguments) {
		String[] command = new String[arguments.length + 1];
		command[0] = "xdotool"; //$NON-NLS-1$
		System.arraycopy(arguments, 0, command, 1, arguments.length);
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			assertTrue(process.waitFor(TIMEOUT_MS, java.util.concurrent.TimeUnit.MILLISECONDS), "xdotool answers");
			String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + output); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (java.io.IOException e) {
			throw new AssertionError("xdotool is needed for this test (releng/scripts/install-packages.sh installs it)", e); //$NON-NLS-1$
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	private static boolean await(BooleanSupplier condition) {
		long end = System.currentTimeMillis() + TIMEOUT_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				return false;
			}
			Ui.settle(20);
		}
		return true;
	}

	/** What the workbench window's status line shows. */
	private static String statusLineText() {
		IStatusLineManager manager = editor.getEditorSite().getActionBars().getStatusLineManager();
		while (manager instanceof SubStatusLineManager sub) {
			manager = (IStatusLineManager) sub.getParent();
		}
		if (!(manager instanceof StatusLineManager root) || root.getControl() == null) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder text = new StringBuilder();
		collect(root.getControl(), text);
		return text.toString();
	}

	private static void collect(Control control, StringBuilder text) {
		if (control instanceof CLabel label && label.getText() != null && control.isVisible()) {
			text.append(label.getText()).append(' ');
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, text);
			}
		}
	}
}
