package org.eccworkbench.ui.editor.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Port;
import org.eccworkbench.model.circuit.PortKind;
import org.eccworkbench.model.resource.CircuitFiles;
import org.eccworkbench.ui.editor.internal.canvas.DiagramCanvas;
import org.eccworkbench.ui.editor.internal.commands.CircuitCommands;
import org.eccworkbench.ui.editor.internal.commands.ComponentFactory;
import org.eccworkbench.ui.editor.internal.commands.PartKind;
import org.eccworkbench.ui.editor.internal.diagram.DiagramUnits;
import org.eccworkbench.ui.editor.internal.editor.CircuitDocument;
import org.eccworkbench.ui.editor.internal.editor.CircuitEditor;
import org.eccworkbench.ui.editor.internal.export.PngExport;
import org.eccworkbench.ui.editor.internal.validation.CircuitValidation;
import org.eccworkbench.ui.editor.internal.wizards.StarterCircuits;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Figures, not a test: run by releng/bench/editor.sh (system property eccw.bench=true). Opens a
 * circuit of 1,000 parts in the editor and times the opening and full redraws at 100 %; with
 * eccw.screenshot=FOLDER also writes screenshots of the editor with the adult and neonatal templates open.
 */
@EnabledIfSystemProperty(named = "eccw.bench", matches = "true")
class EditorBenchmark {

	private static final int PARTS = 1000;
	private static final int REDRAWS = 60;

	@Test
	void figures() throws Exception {
		Shell shell = Ui.page().getWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1400, 900);
		IFile file = Ui.project("bench").getFile("circuits/thousand.ecc"); //$NON-NLS-1$ //$NON-NLS-2$
		CircuitFiles.save(bigCircuit(), file.getLocation().toPath());
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		System.out.printf(Locale.ROOT, "machine: %d cores, %s %s, Java %s%n", Runtime.getRuntime().availableProcessors(), //$NON-NLS-1$
				System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.version")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		List<Double> loads = new ArrayList<>();
		List<Double> validations = new ArrayList<>();
		for (int run = 0; run < 5; run++) {
			long start = System.nanoTime();
			CircuitDocument document = CircuitDocument.load(file.getLocation().toPath());
			loads.add((System.nanoTime() - start) / 1e6);
			start = System.nanoTime();
			document.forgetIds();
			CircuitValidation.validate(document.circuit());
			validations.add((System.nanoTime() - start) / 1e6);
			document.dispose();
		}
		System.out.printf(Locale.ROOT, "of which: read the file (CircuitResource, with its id map) %s; validate %s%n", summary(loads), summary(validations)); //$NON-NLS-1$
		List<Double> opens = new ArrayList<>();
		CircuitEditor editor = null;
		for (int run = 0; run < 5; run++) {
			long start = System.nanoTime();
			editor = Ui.open(file);
			editor.diagramPage().canvas().control().update();
			opens.add((System.nanoTime() - start) / 1e6);
			if (run < 4) {
				Ui.page().closeEditor(editor, false);
				Ui.processEvents();
			}
		}
		Ui.page().toggleZoom(Ui.page().getReference(editor));
		Ui.processEvents();
		DiagramCanvas canvas = editor.diagramPage().canvas();
		Rectangle area = canvas.control().getClientArea();
		System.out.printf(Locale.ROOT, "open %d parts, %d lines in the editor (load + pages + first paint): %s%n", //$NON-NLS-1$
				editor.document().circuit().getComponents().size(), editor.document().circuit().getConnections().size(),
				summary(opens));
		List<Double> offscreen = new ArrayList<>();
		Image image = new Image(Display.getCurrent(), area.width, area.height);
		try {
			for (int i = 0; i < REDRAWS; i++) {
				GC gc = new GC(image);
				long start = System.nanoTime();
				canvas.paint(gc, area);
				offscreen.add((System.nanoTime() - start) / 1e6);
				gc.dispose();
			}
		} finally {
			image.dispose();
		}
		System.out.printf(Locale.ROOT, "full redraw at 100 %%, canvas %dx%d px, %d runs: %s%n", //$NON-NLS-1$
				area.width, area.height, REDRAWS, summary(offscreen));
		// the same paint without the labels (the problem outlines kept), to see what the text costs
		List<Double> unlabelled = new ArrayList<>();
		Image plain = new Image(Display.getCurrent(), area.width, area.height);
		try {
			var viewport = canvas.viewport();
			for (int i = 0; i < REDRAWS; i++) {
				GC gc = new GC(plain);
				long start = System.nanoTime();
				var painter = new org.eccworkbench.ui.editor.internal.diagram.GcPainter(gc, viewport.zoom(),
						-viewport.originX() * viewport.zoom(), -viewport.originY() * viewport.zoom());
				org.eccworkbench.ui.editor.internal.diagram.DiagramRenderer.paint(painter, editor.document().circuit(),
						new org.eccworkbench.ui.editor.internal.diagram.DiagramRenderer.Options(
								viewport.visible(area.width, area.height), canvas.grid(), false, java.util.Set.of(), canvas.flagged()));
				painter.dispose();
				unlabelled.add((System.nanoTime() - start) / 1e6);
				gc.dispose();
			}
		} finally {
			plain.dispose();
		}
		System.out.printf(Locale.ROOT, "of which: the same redraw without labels: %s%n", summary(unlabelled)); //$NON-NLS-1$
		// what SWT takes to draw the text of the labels in view, one plain string per part
		List<Double> texts = new ArrayList<>();
		Image bare = new Image(Display.getCurrent(), area.width, area.height);
		try {
			var visible = canvas.viewport().visible(area.width, area.height);
			List<Component> shown = editor.document().circuit().getComponents().stream()
					.filter(c -> org.eccworkbench.ui.editor.internal.diagram.DiagramGeometry.bounds(c).intersects(visible))
					.toList();
			for (int i = 0; i < REDRAWS; i++) {
				GC gc = new GC(bare);
				gc.setAntialias(org.eclipse.swt.SWT.ON);
				gc.setTextAntialias(org.eclipse.swt.SWT.ON);
				long start = System.nanoTime();
				for (Component component : shown) {
					var box = org.eccworkbench.ui.editor.internal.diagram.DiagramGeometry.bounds(component);
					gc.drawString(component.getName(), (int) box.x(), (int) box.bottom(), true);
				}
				texts.add((System.nanoTime() - start) / 1e6);
				gc.dispose();
			}
			System.out.printf(Locale.ROOT, "of which: SWT drawing the text of the %d parts in view, no transform: %s%n", //$NON-NLS-1$
					shown.size(), summary(texts));
		} finally {
			bare.dispose();
		}
		Ui.page().toggleZoom(Ui.page().getReference(editor));
		Ui.page().closeAllEditors(false);
		String screenshot = System.getProperty("eccw.screenshot"); //$NON-NLS-1$
		if (screenshot != null && !screenshot.isBlank()) {
			screenshot(Path.of(screenshot), shell);
		}
	}

	/**
	 * Opens the adult and the neonatal templates in turn, the diagram fitted and the Circuit
	 * Figures view showing (the Circuits view closed, to give the diagram its room), and writes the screen of each with ImageMagick's {@code import -window
	 * root} as {@code editor-adult.png} and {@code editor-neonatal.png} in {@code folder}, with the
	 * adult drawing exported beside them as {@code editor-export.png}.
	 */
	private static void screenshot(Path folder, Shell shell) throws Exception {
		Files.createDirectories(folder.toAbsolutePath());
		shell.setBounds(shell.getDisplay().getPrimaryMonitor().getBounds());
		Ui.page().showView("org.eclipse.ui.views.ContentOutline"); //$NON-NLS-1$
		Ui.page().showView(org.eccworkbench.ui.WorkbenchIds.VIEW_CIRCUIT_FIGURES);
		// the schematic gets the Circuits view's room: its parts and labels read at a larger zoom
		var circuits = Ui.page().findView(org.eccworkbench.ui.WorkbenchIds.VIEW_CIRCUITS);
		if (circuits != null) {
			Ui.page().hideView(circuits);
		}
		for (String template : List.of("adult", "neonatal")) { //$NON-NLS-1$ //$NON-NLS-2$
			IFile file = Ui.project("bench").getFile("circuits/" + template + ".ecc"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Circuit circuit = StarterCircuits.template(template).orElseThrow().create(template);
			CircuitFiles.save(circuit, file.getLocation().toPath());
			file.refreshLocal(IResource.DEPTH_ZERO, null);
			CircuitEditor editor = Ui.open(file);
			Ui.page().activate(editor);
			editor.diagramPage().canvas().fit();
			Ui.settle(2000);
			Path target = folder.resolve("editor-" + template + ".png"); //$NON-NLS-1$ //$NON-NLS-2$
			Process capture = new ProcessBuilder("import", "-window", "root", target.toString()).inheritIO().start(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			long end = System.currentTimeMillis() + 30_000;
			while (capture.isAlive() && System.currentTimeMillis() < end) {
				Ui.settle(50);
			}
			if (capture.isAlive() || capture.exitValue() != 0) {
				capture.destroy();
				throw new IllegalStateException("import -window root failed for " + target); //$NON-NLS-1$
			}
			if (template.equals("adult")) { //$NON-NLS-1$
				PngExport.write(editor.document().circuit(), folder.resolve("editor-export.png")); //$NON-NLS-1$
			}
			Ui.page().closeAllEditors(false);
			Ui.processEvents();
			System.out.println("screenshot: " + target); //$NON-NLS-1$
		}
	}

	/** Parts in rows of 25, each joined to the next: a long venous-to-arterial chain. */
	private static Circuit bigCircuit() {
		Circuit circuit = StarterCircuits.EMPTY.create("thousand"); //$NON-NLS-1$
		PartKind[] kinds = { PartKind.RESERVOIR, PartKind.ROLLER_PUMP, PartKind.OXYGENATOR, PartKind.ARTERIAL_FILTER,
				PartKind.CONNECTOR };
		Component previous = null;
		for (int i = 0; i < PARTS; i++) {
			Component part = ComponentFactory.create(kinds[i % kinds.length], "part-" + i); //$NON-NLS-1$
			part.setX(DiagramUnits.toUnits(40 + (i % 25) * 120));
			part.setY(DiagramUnits.toUnits(40 + (i / 25) * 140));
			circuit.getComponents().add(part);
			if (previous != null) {
				var line = CircuitCommands.newConnection(circuit, port(previous, PortKind.BLOOD_OUT),
						port(part, PortKind.BLOOD_IN));
				line.setId("line-" + i); //$NON-NLS-1$
				circuit.getConnections().add(line);
			}
			previous = part;
		}
		return circuit;
	}

	private static Port port(Component component, PortKind kind) {
		return component.getPorts().stream().filter(p -> p.getKind() == kind).findFirst().orElseThrow();
	}

	private static String summary(List<Double> millis) {
		List<Double> sorted = millis.stream().sorted().toList();
		return String.format(Locale.ROOT, "min %.1f ms, median %.1f ms, max %.1f ms", sorted.get(0), //$NON-NLS-1$
				sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
	}
}
