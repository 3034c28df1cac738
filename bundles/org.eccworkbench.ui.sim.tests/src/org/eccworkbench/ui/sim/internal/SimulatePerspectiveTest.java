package org.eccworkbench.ui.sim.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.CircuitFactory;
import org.eccworkbench.model.resource.CircuitFiles;
import org.eccworkbench.sim.AlarmId;
import org.eccworkbench.sim.Fault;
import org.eccworkbench.sim.Signal;
import org.eccworkbench.sim.SimulationSession;
import org.eccworkbench.ui.WorkbenchIds;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eccworkbench.ui.editor.EditorIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Simulate perspective of the real workbench: a run of the shipped adult template copied into
 * a workspace project, started, stepped, paused and resumed, acted on through the panel's own
 * controls, with a fault whose alarm shows in the alarms table and on the live circuit, the trends
 * filling, and the errors of a broken scenario or a circuit the engine refuses shown by name.
 */
class SimulatePerspectiveTest {

	private final SimulationRun run = SimulationRun.get();

	@AfterEach
	void stopTheRun() {
		run.stop();
	}

	@Test
	void runsActsAndShowsTheCase() throws Exception {
		long logStart = logLength();
		IWorkbenchPage page = simulate();
		SimulationControlView control = (SimulationControlView) page.findView(WorkbenchIds.VIEW_SIMULATION_CONTROL);
		LiveCircuitView live = (LiveCircuitView) page.findView(WorkbenchIds.VIEW_LIVE_CIRCUIT);
		SimTrendsView trends = (SimTrendsView) page.findView(WorkbenchIds.VIEW_SIM_TRENDS);
		SimAlarmsView alarms = (SimAlarmsView) page.findView(WorkbenchIds.VIEW_SIM_ALARMS);
		assertTrue(control != null && live != null && trends != null && alarms != null, "the perspective shows the four views");

		IFile file = workspaceCopy(Circuits.adultTemplate(), "adult.ecc");
		control.setCircuit(file.getLocation().toFile().toPath());
		assertArrayEquals(new String[] { "175", "80", "40" }, control.caseFields(), "the circuit's patient");
		control.start();
		assertEquals("", control.problemText());
		SimulationSession session = run.session().orElseThrow();
		waitUntil(() -> session.timeS() > 0.5, Duration.ofSeconds(30), "the run advancing");
		assertTrue(run.active());

		click(button(control, Messages.Control_pause));
		assertTrue(run.paused());
		double paused = session.timeS();
		settle(300);
		assertEquals(paused, session.timeS(), 1e-9, "a paused run stands still");
		click(button(control, Messages.Control_step));
		assertEquals(paused + SimulationRun.STEP_S, session.timeS(), session.stepS(), "Step advances one second");

		PerfusionistPanel panel = control.panel();
		panel.pump.field.setText("3.5");
		click(panel.pump.button);
		for (int i = 0; i < 5; i++) {
			run.step();
		}
		assertEquals(3.5, session.signals()[Signal.PUMP_FLOW_L_MIN.ordinal()], 0.05, "the engine's pump flow follows the panel");
		waitUntil(() -> live.valuesAt("arterialPump").stream().anyMatch(v -> v.contains("3.50") || v.contains("3,50")),
				Duration.ofSeconds(5), "the pump's flow on the live circuit");

		panel.pump.field.setText("50");
		click(panel.pump.button);
		assertTrue(panel.feedback().contains("l_min"), "the refused value is named: " + panel.feedback());

		Combo speed = combo(control);
		speed.select(Pacing.SPEEDS.length - 1);
		speed.notifyListeners(SWT.Selection, new Event());
		assertEquals(100, run.speed());
		click(button(control, Messages.Control_play));
		assertFalse(run.paused());
		double resumed = session.timeS();
		waitUntil(() -> session.timeS() > resumed + 20, Duration.ofSeconds(10), "20 s of simulated time at 100x (0.2 s of real time)");
		waitUntil(() -> trends.points(Signal.PUMP_FLOW_L_MIN) > 20 && trends.points(Signal.DO2I_ML_MIN_M2) > 20,
				Duration.ofSeconds(10), "the trends filling");

		panel.faultKind.select(Fault.PUMP_FAILURE.ordinal());
		panel.faultKind.notifyListeners(SWT.Selection, new Event());
		click(panel.inject);
		waitUntil(() -> session.activeAlarms().contains(AlarmId.PUMP_FAILURE), Duration.ofSeconds(30), "the pump failure alarm");
		waitUntil(() -> alarms.rows().stream().anyMatch(r -> r[2].equals(Texts.alarm(AlarmId.PUMP_FAILURE))
				&& r[3].equals(Messages.Alarms_active) && r[0].equals(Texts.priority(AlarmId.PUMP_FAILURE.priority()))),
				Duration.ofSeconds(10), "the alarm in the Simulation Alarms table");
		assertTrue(live.outlinedParts().stream().anyMatch(p -> "arterialPump".equals(p.getId())), "the pump outlined");
		String first = alarms.rows().get(0)[3];
		assertEquals(Messages.Alarms_active, first, "active alarms first");

		click(button(control, Messages.Control_stop));
		assertFalse(run.active());
		double stopped = session.timeS();
		settle(300);
		assertEquals(stopped, session.timeS(), 1e-9, "a stopped run stands still");
		assertEquals("", errorEntries(logStart), "errors in the workbench log");
	}

	@Test
	void anImpossibleStateAndAnEngineFailureStopTheRunAndAreShown() throws Exception {
		IWorkbenchPage page = simulate();
		SimulationControlView control = (SimulationControlView) page.findView(WorkbenchIds.VIEW_SIMULATION_CONTROL);
		IFile file = workspaceCopy(Circuits.adultTemplate(), "adult.ecc");
		control.setCircuit(file.getLocation().toFile().toPath());
		control.setCase("175", "80", "40", "", "60");
		control.start();
		run.pause();
		SimulationSession session = run.session().orElseThrow();
		PerfusionistPanel panel = control.panel();
		panel.volume.field.setText("5000");
		panel.volumeTo.select(0);
		click(panel.volume.button);
		for (int i = 0; i < 120 && session.running(); i++) {
			run.step();
		}
		assertTrue(session.stopCause().isPresent(), "5 L into a 4 L reservoir (over 60 s) overflows it");
		String prefix = Messages.Control_stoppedOn.substring(0, Messages.Control_stoppedOn.indexOf('{'));
		waitUntil(() -> control.stateText().startsWith(prefix) && control.stateText().contains(session.stopCause().get()),
				Duration.ofSeconds(5), "the stop cause in the panel");
		assertFalse(run.active());

		control.setCase("175", "80", "40", "", "60");
		control.start();
		run.pause();
		SimulationSession second = run.session().orElseThrow();
		run.play();
		run.guarded(second, () -> {
			throw new IllegalStateException("engine fault for the test");
		});
		assertTrue(run.paused(), "an engine failure pauses the run");
		waitUntil(() -> control.stateText().contains("engine fault for the test"), Duration.ofSeconds(5),
				"the failure in the panel");
		assertTrue(PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null, "the workbench goes on");
	}

	@Test
	void aBrokenScenarioAndARefusedCircuitAreNamed() throws Exception {
		IWorkbenchPage page = simulate();
		SimulationControlView control = (SimulationControlView) page.findView(WorkbenchIds.VIEW_SIMULATION_CONTROL);
		IFile file = workspaceCopy(Circuits.adultTemplate(), "adult.ecc");
		Path broken = Files.createTempFile("broken", ".json");
		Files.writeString(broken, "{\"events\": [{\"at_s\": 0, \"action\": \"set_flow\", \"l_min\": 50}]}");
		control.setCircuit(file.getLocation().toFile().toPath());
		control.setCase("175", "80", "40", broken.toString(), "");
		control.start();
		assertTrue(control.problemText().contains("events[0].l_min"), control.problemText());
		assertTrue(run.session().isEmpty() || !run.active(), "nothing runs");

		Circuit empty = CircuitFactory.eINSTANCE.createCircuit();
		empty.setName("no pump");
		empty.getComponents().add(CircuitFactory.eINSTANCE.createPatientNode());
		empty.getComponents().get(0).setId("patient");
		Path refused = Files.createTempFile("refused", ".ecc");
		CircuitFiles.save(empty, refused);
		control.setCircuit(refused);
		control.setCase("175", "80", "40", "", "30");
		control.start();
		String prefix = Messages.Control_circuitRefused.substring(0, Messages.Control_circuitRefused.indexOf('{'));
		assertTrue(control.problemText().startsWith(prefix), control.problemText());

		control.setCircuit(file.getLocation().toFile().toPath());
		control.setCase("175", "999", "40", "", "");
		control.start();
		assertTrue(control.problemText().contains(Messages.Control_weight), control.problemText());
		assertFalse(run.active());
	}

	@Test
	void theCircuitOfTheActiveEditorIsTheOneUsed() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(WorkbenchIds.PERSPECTIVE_DESIGN, window);
		IFile file = workspaceCopy(Circuits.simExample(), "example.ecc");
		IDE.openEditor(page, file, EditorIds.CIRCUIT_EDITOR, true);
		settle(200);
		CircuitChoice.Choice choice = CircuitChoice.of(window).orElseThrow();
		assertEquals(file.getLocation().toFile().toPath(), choice.file());
		assertFalse(choice.unsaved());
		page = simulate();
		SimulationControlView control = (SimulationControlView) page.findView(WorkbenchIds.VIEW_SIMULATION_CONTROL);
		click(button(control, Messages.Control_useSelected));
		assertArrayEquals(new String[] { "175", "80", "40" }, control.caseFields(), "the example's patient");
		page.closeAllEditors(false);
	}

	private static IWorkbenchPage simulate() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(WorkbenchIds.PERSPECTIVE_SIMULATE, window);
		page.resetPerspective();
		settle(100);
		return page;
	}

	static IFile workspaceCopy(Path source, String name) throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("simulate");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile(name);
		Files.copy(source, file.getLocation().toFile().toPath(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		return file;
	}

	static Button button(SimulationControlView view, String text) {
		return find(view, Button.class, b -> text.equals(b.getText()));
	}

	private static Combo combo(SimulationControlView view) {
		return find(view, Combo.class, c -> c.getItemCount() == Pacing.SPEEDS.length);
	}

	private static <T> T find(SimulationControlView view, Class<T> type, java.util.function.Predicate<T> which) {
		List<org.eclipse.swt.widgets.Control> all = new java.util.ArrayList<>();
		collect(view.content(), all);
		for (org.eclipse.swt.widgets.Control control : all) {
			if (type.isInstance(control) && which.test(type.cast(control))) {
				return type.cast(control);
			}
		}
		throw new AssertionError("no such " + type.getSimpleName());
	}

	private static void collect(org.eclipse.swt.widgets.Control control, List<org.eclipse.swt.widgets.Control> all) {
		all.add(control);
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
				collect(child, all);
			}
		}
	}

	static void click(Button button) {
		if (button.getStyle() == (button.getStyle() | SWT.CHECK)) {
			button.setSelection(!button.getSelection());
		}
		button.notifyListeners(SWT.Selection, new Event());
	}

	static void settle(long millis) throws InterruptedException {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				Thread.sleep(10);
			}
		}
		while (display.readAndDispatch()) {
			// drain
		}
	}

	static void waitUntil(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what);
			}
			if (!display.readAndDispatch()) {
				Thread.sleep(10);
			}
		}
	}

	private static long logLength() throws IOException {
		Path log = Platform.getLogFileLocation().toPath();
		return Files.exists(log) ? Files.size(log) : 0;
	}

	/** The error entries written to the workbench log after {@code from} bytes. */
	private static String errorEntries(long from) throws IOException {
		Path log = Platform.getLogFileLocation().toPath();
		String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
		text = text.substring((int) Math.min(from, text.length()));
		StringBuilder errors = new StringBuilder();
		Matcher entry = Pattern.compile("(?m)^!ENTRY \\S+ 4 .*\\R!MESSAGE .*(\\R(?!!ENTRY).*){0,3}").matcher(text);
		while (entry.find()) {
			errors.append(entry.group()).append('\n');
		}
		return errors.toString();
	}
}
