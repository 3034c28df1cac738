package org.eccworkbench.ui.kit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eccworkbench.kit.importer.ImportResult;
import org.eccworkbench.kit.mission.PlannedCase;
import org.eccworkbench.kit.output.KitTables;
import org.eccworkbench.ui.WorkbenchIds;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.action.IAction;
import org.eclipse.nebula.widgets.nattable.edit.command.UpdateDataCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The mission editor and the Mission views in the real workbench: the example mission opened from
 * a workspace project fills the cases grid, the bill of materials, the packing view and the
 * Problems view; an edit through the grid changes the kit and Undo restores it.
 */
class MissionKitUiTest {

	private static final int WEIGHT_COLUMN = 2;

	private IWorkbenchPage page;
	private IProject project;

	@BeforeEach
	void openMissionPerspective() throws WorkbenchException, CoreException {
		page = PlatformUI.getWorkbench().showPerspective(WorkbenchIds.PERSPECTIVE_MISSION,
				PlatformUI.getWorkbench().getActiveWorkbenchWindow());
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("mission-kit-test");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
	}

	@AfterEach
	void closeEditors() throws CoreException {
		page.closeAllEditors(false);
		processEvents();
		project.delete(true, true, null);
	}

	private IFile example(String name) throws CoreException, IOException {
		IFile file = project.getFile(name);
		try (InputStream in = Platform.getBundle("org.eccworkbench.kit").getEntry("examples/paediatric-mission.eccmission")
				.openStream()) {
			file.create(in, true, null);
		}
		return file;
	}

	private MissionEditor open(IFile file) throws CoreException {
		IEditorPart part = IDE.openEditor(page, file, MissionEditor.ID);
		processEvents();
		return assertInstanceOf(MissionEditor.class, part);
	}

	@Test
	void exampleMissionFillsTheViewsAndAnEditChangesTheKitUntilUndone() throws Exception {
		IFile file = example("paediatric-mission.eccmission");
		MissionEditor editor = open(file);
		assertTrue(editor.isMissionLoaded());
		KitResult first = awaitResultAfter(editor, 0);
		assertTrue(first.plan().isPresent(), () -> "the example plans: " + first.failure());

		int cases = editor.mission().getCases().size();
		assertTrue(cases > 0);
		assertEquals(cases, editor.casesGrid().visibleRows().size());
		assertEquals(cases, editor.casesGrid().bodyDataLayer().getRowCount());
		assertEquals(editor.mission().getInventory().size(), editor.inventoryGrid().visibleRows().size());

		BomView bom = assertInstanceOf(BomView.class, page.findView(WorkbenchIds.VIEW_KIT_BOM));
		assertPaints(bom.grid());
		assertPaints(editor.casesGrid());
		assertFalse(bom.grid().visibleRows().isEmpty(), "the BOM view shows the computed bill of materials");
		assertEquals(first.plan().get().requirements().size(), bom.grid().visibleRows().size());
		PackingView packing = assertInstanceOf(PackingView.class, page.findView(WorkbenchIds.VIEW_PACKING));
		int pieces = first.packing().get().pieces().size();
		assertTrue(pieces > 0);
		assertEquals(pieces, packing.chartedWeights().length);
		assertEquals(pieces, packing.manifestPieces());
		MissionCasesView caseView = assertInstanceOf(MissionCasesView.class, page.findView(WorkbenchIds.VIEW_MISSION_CASES));
		assertEquals(cases, caseView.grid().visibleRows().size());

		IMarker[] markers = file.findMarkers(KitMarkers.TYPE, false, IResource.DEPTH_ZERO);
		assertEquals(KitMarkers.problems(first.plan().get(), first.packing().get()).size(), markers.length);

		List<List<String>> bomBefore = KitTables.bom(first.plan().get());
		int row = rowOfHeaviestNeonate(editor);
		PlannedCase edited = editor.casesGrid().visibleRows().get(row);
		double weightBefore = edited.getWeightKg();
		editor.casesGrid().table().doCommand(
				new UpdateDataCommand(editor.casesGrid().bodyDataLayer(), WEIGHT_COLUMN, row, "60"));
		assertEquals(60, edited.getWeightKg(), 1e-9, "the grid's edit went into the mission");
		assertTrue(editor.isDirty());
		KitResult second = awaitResultAfter(editor, first.generation());
		assertNotEquals(bomBefore, KitTables.bom(second.plan().get()), "a 60 kg case needs another circuit");
		awaitShown(bom, second);
		assertEquals(second.plan().get().requirements().size(), bom.grid().visibleRows().size());

		IAction undo = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
		undo.run();
		processEvents();
		assertEquals(weightBefore, edited.getWeightKg(), 1e-9);
		assertFalse(editor.isDirty());
		KitResult third = awaitResultAfter(editor, second.generation());
		assertEquals(bomBefore, KitTables.bom(third.plan().get()));

		editor.casesGrid().filterField().setText(edited.getId());
		assertTrue(editor.casesGrid().visibleRows().contains(edited));
		assertTrue(editor.casesGrid().visibleRows().size() < cases);
		editor.casesGrid().filterField().setText("");
		editor.casesGrid().sortBy(WEIGHT_COLUMN, org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum.DESC);
		List<PlannedCase> sorted = editor.casesGrid().visibleRows();
		for (int i = 1; i < sorted.size(); i++) {
			assertTrue(sorted.get(i - 1).getWeightKg() >= sorted.get(i).getWeightKg());
		}

		page.closeAllEditors(false);
		processEvents();
		assertNoErrorInTheLog();
	}

	private static int rowOfHeaviestNeonate(MissionEditor editor) {
		List<PlannedCase> rows = editor.casesGrid().visibleRows();
		int best = 0;
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).getTemplate() == null && rows.get(i).getWeightKg() < rows.get(best).getWeightKg()) {
				best = i;
			}
		}
		return best;
	}

	@Test
	void csvImportKeepsTheGoodRowsReportsTheBadOnesAndUndoes() throws Exception {
		MissionEditor editor = open(example("import.eccmission"));
		awaitResultAfter(editor, 0);
		int before = editor.mission().getCases().size();
		ImportResult result = editor.importCases("""
				id,age_years,weight_kg,height_cm
				N1,4,16,102
				N2,four,16,102
				""");
		assertEquals(1, result.imported());
		assertEquals(1, result.problems().size());
		assertTrue(result.problems().get(0).contains("3"), result.problems().get(0));
		assertEquals(before + 1, editor.mission().getCases().size());
		assertEquals(before + 1, editor.casesGrid().visibleRows().size());
		editor.undoAction().run();
		processEvents();
		assertEquals(before, editor.mission().getCases().size());
		assertEquals(before, editor.casesGrid().visibleRows().size());
	}

	@Test
	void exportsWriteTheKitsOutputs() throws Exception {
		MissionEditor editor = open(example("export.eccmission"));
		KitResult result = awaitResultAfter(editor, 0);
		Path folder = Files.createTempDirectory("kit-export");
		for (Export export : Export.values()) {
			Path written = folder.resolve(export.fileName);
			export.write(result.plan().get(), result.packing().get(), written);
			assertTrue(Files.size(written) > 0, export.name());
		}
		assertTrue(Files.readString(folder.resolve(Export.BOM_CSV.fileName), StandardCharsets.UTF_8)
				.startsWith(String.join(",", KitTables.BOM_HEADER)));
		assertTrue(new String(Files.readAllBytes(folder.resolve(Export.PDF.fileName)), 0, 4, StandardCharsets.ISO_8859_1)
				.equals("%PDF"));
	}

	@Test
	void aBrokenMissionOpensAsAnErrorPageThatCannotBeSaved() throws Exception {
		IFile file = project.getFile("broken.eccmission");
		String broken = """
				<?xml version="1.0" encoding="UTF-8"?>
				<ecm:Mission xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:ecm="http://www.eccworkbench.org/kit/mission/1.0"
				    name="Broken" departure="not a date">
				  <cases id="P01" weightKg="3.0"
				</ecm:Mission>
				""";
		file.create(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), true, null);
		MissionEditor editor = open(file);
		assertFalse(editor.isMissionLoaded());
		assertFalse(editor.problems().isEmpty());
		assertTrue(editor.problems().get(0).line() > 0, editor.problems().toString());
		assertFalse(editor.isDirty());
		editor.doSave(null);
		assertEquals(broken, new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8));
	}

	/**
	 * The Mission perspective with the example mission, as a PNG in this bundle's
	 * {@code target/screenshots} (the picture of docs/images/mission.png).
	 */
	@Test
	void missionPerspectiveScreenshot() throws Exception {
		MissionEditor editor = open(example("paediatric-mission.eccmission"));
		KitResult result = awaitResultAfter(editor, 0);
		Shell shell = page.getWorkbenchWindow().getShell();
		shell.setMaximized(false);
		shell.setBounds(0, 0, 1280, 1000);
		page.resetPerspective();
		page.activate(editor);
		waitUntil(() -> page.findView(WorkbenchIds.VIEW_PACKING) instanceof PackingView packing
				&& packing.shown().map(r -> r == result).orElse(false));
		long until = System.currentTimeMillis() + 1500;
		while (System.currentTimeMillis() < until) {
			processEvents();
			Thread.sleep(20);
		}
		Display display = shell.getDisplay();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		String root = System.getProperty("eccw.source.root");
		Path folder = (root == null ? Path.of("target") : Path.of(root, "bundles", "org.eccworkbench.ui.kit.tests", "target"))
				.resolve("screenshots");
		Files.createDirectories(folder);
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(folder.resolve("mission.png").toString(), SWT.IMAGE_PNG);
		image.dispose();
		assertTrue(Files.size(folder.resolve("mission.png")) > 0);
	}

	/** The grid's layers paint (NatTable's painting needs Eclipse Collections' factories). */
	private static void assertPaints(KitGrid<?> grid) {
		org.eclipse.nebula.widgets.nattable.NatTable table = grid.table();
		Image image = new Image(table.getDisplay(), 400, 200);
		GC gc = new GC(image);
		try {
			table.getLayer().getLayerPainter().paintLayer(table, gc, 0, 0, new Rectangle(0, 0, 400, 200),
					table.getConfigRegistry());
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static KitResult awaitResultAfter(MissionEditor editor, long generation) {
		waitUntil(() -> editor.result().map(r -> r.generation() > generation).orElse(false));
		return editor.result().get();
	}

	private static void awaitShown(KitView view, KitResult result) {
		waitUntil(() -> view.shown().map(r -> r == result).orElse(false));
	}

	private static void waitUntil(BooleanSupplier condition) {
		long deadline = System.currentTimeMillis() + 60_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("timed out");
			}
			processEvents();
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
		processEvents();
	}

	private static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// run the pending UI work
		}
	}

	private static void assertNoErrorInTheLog() throws IOException {
		Path log = Platform.getLogFileLocation().toPath();
		String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
		StringBuilder errors = new StringBuilder();
		Matcher entry = Pattern.compile("(?m)^!ENTRY \\S+ 4 .*\\R!MESSAGE .*(\\R(?!!ENTRY).*){0,3}").matcher(text);
		while (entry.find()) {
			errors.append(entry.group()).append('\n');
		}
		assertEquals("", errors.toString(), "errors in " + log);
	}
}
