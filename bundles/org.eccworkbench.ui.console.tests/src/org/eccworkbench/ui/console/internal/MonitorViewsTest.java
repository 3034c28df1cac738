package org.eccworkbench.ui.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eccworkbench.console.Alarm;
import org.eccworkbench.console.AlarmPriority;
import org.eccworkbench.console.SessionListener;
import org.eccworkbench.console.SessionState;
import org.eccworkbench.console.record.SessionRecorder;
import org.eccworkbench.console.registry.DriverDescriptor;
import org.eccworkbench.ui.WorkbenchIds;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.junit.jupiter.api.Test;

/**
 * The Monitor perspective of the real workbench against the virtual heart-lung machine in its own
 * process: connect through the Consoles view's own code, see live values with their units, stop
 * the console and see every value reported lost, and no error in the workbench log.
 */
class MonitorViewsTest {

	private static final String SIMULATED = "org.eccworkbench.console.simulated";
	private static final Pattern NUMBER = Pattern.compile("-?[0-9]+([.,][0-9]+)?");

	@Test
	void connectsShowsLiveValuesAndShowsALostSignalAsLost() throws Exception {
		IWorkbenchPage page = monitor();
		ConsolesView consoles = (ConsolesView) page.showView(WorkbenchIds.VIEW_CONSOLES);
		LiveValuesView live = (LiveValuesView) page.showView(WorkbenchIds.VIEW_LIVE_VALUES);
		TrendsView trends = (TrendsView) page.showView(WorkbenchIds.VIEW_TRENDS);
		page.showView(WorkbenchIds.VIEW_ALARMS);
		DriverDescriptor simulated = consoles.registry().find(SIMULATED).orElseThrow();
		assertTrue(consoles.registry().offered().contains(simulated), "the virtual console's driver is offered");
		assertFalse(simulated.isLoaded(), "drivers are listed from their declarations alone");

		try (VirtualConsoleProcess console = VirtualConsoleProcess.start(10)) {
			consoles.select(SIMULATED, "127.0.0.1", console.port());
			consoles.connectButton().notifyListeners(SWT.Selection, new Event());

			waitUntil(() -> isNumber(live.row("art.pressure")), Duration.ofSeconds(30), "a live arterial pressure");
			assertTrue(simulated.isLoaded(), "the driver is loaded when the user connects");
			assertEquals(Texts.state(SessionState.CONNECTED), consoles.stateText());
			assertEquals("mmHg", live.row("art.pressure").orElseThrow()[2]);
			waitUntil(() -> isNumber(live.row("art.flow")) && isNumber(live.row("art.temp")), Duration.ofSeconds(10),
					"live flow and temperature");
			assertEquals("L/min", live.row("art.flow").orElseThrow()[2]);
			assertEquals("Cel", live.row("art.temp").orElseThrow()[2]);
			waitUntil(() -> trends.drawnChannels().containsAll(List.of("art.flow", "art.pressure", "art.temp")),
					Duration.ofSeconds(10), "flow, line pressure and temperature trends");

			Path folder = consoles.connection().folder();
			assertTrue(folder.startsWith(ConsolesView.recordingsRoot()), folder + " is in the workspace");
			assertTrue(consoles.recordingText().contains(folder.toString()), consoles.recordingText());

			console.kill();
			waitUntil(() -> live.row("art.pressure").map(r -> r[1]).equals(Optional.of(Messages.LiveValues_lost)),
					Duration.ofSeconds(30), "the arterial pressure shown as lost");
			assertEquals(Texts.RED, live.valueBackground("art.pressure"));
			assertEquals(Messages.LiveValues_quality_LOST, live.row("art.flow").orElseThrow()[3]);
			waitUntil(() -> consoles.stateText().equals(Texts.state(SessionState.LOST)), Duration.ofSeconds(20),
					"the session shown as lost");

			consoles.disconnectButton().notifyListeners(SWT.Selection, new Event());
			waitUntil(() -> consoles.connection() == null
					&& consoles.stateText().equals(Texts.state(SessionState.DISCONNECTED)), Duration.ofSeconds(20),
					"disconnected");
			consoles.select("org.eccworkbench.console.example.monitor");
			assertEquals("4100", consoles.portText(), "another driver has its own settings");
			consoles.select(SIMULATED);
			assertEquals(Integer.toString(console.port()), consoles.portText(), "the settings typed for a driver are kept");

			List<String> recorded = Files.readAllLines(folder.resolve(SessionRecorder.SAMPLES), StandardCharsets.UTF_8);
			assertEquals(SessionRecorder.SAMPLES_HEADER, recorded.get(0));
			assertTrue(recorded.stream().anyMatch(l -> l.contains(",art.pressure,") && l.endsWith(",mmHg,GOOD")),
					"the session's samples are recorded");
			assertTrue(recorded.stream().anyMatch(l -> l.contains(",art.pressure,") && l.endsWith("LOST")),
					"the lost signal is recorded");
		}
		assertEquals("", errorEntries(), "errors in the workbench log");
	}

	@Test
	void alarmsAreListedWithTheirPriorityAndCanBeAcknowledged() throws Exception {
		IWorkbenchPage page = monitor();
		AlarmsView alarms = (AlarmsView) page.showView(WorkbenchIds.VIEW_ALARMS);
		MonitorModel model = MonitorModel.get();
		model.reset();
		SessionListener feed = model.listener();
		Instant now = Instant.now();
		feed.alarm(new Alarm(now, "LEVEL_LOW", AlarmPriority.HIGH, true, "L1", "Reservoir level low"));
		feed.alarm(new Alarm(now, "LEVEL_LOW", AlarmPriority.HIGH, true, "L1", "Reservoir level low"));
		feed.alarm(new Alarm(now, "TEMP_HIGH", AlarmPriority.MEDIUM, true, "T1", "Arterial temperature high"));
		waitUntil(() -> alarms.alarmCount() == 2, Duration.ofSeconds(5), "two alarms, the repeated one once");
		feed.alarm(new Alarm(now.plusSeconds(5), "LEVEL_LOW", AlarmPriority.HIGH, false, "L1", "Reservoir level low"));
		List<AlarmEntry> entries = model.alarms();
		assertEquals("TEMP_HIGH", entries.get(0).alarm().code(), "the most recent first");
		assertFalse(entries.get(1).isActive(), "the cleared alarm is shown cleared");
		assertEquals(Texts.RED, Texts.priorityColor(AlarmPriority.HIGH));
		model.acknowledge(List.of(entries.get(0)));
		assertTrue(entries.get(0).isAcknowledged());
		assertFalse(entries.get(1).isAcknowledged());
		model.reset();
		waitUntil(() -> alarms.alarmCount() == 0, Duration.ofSeconds(5), "the list empties with the model");
	}

	private static boolean isNumber(Optional<String[]> row) {
		return row.isPresent() && NUMBER.matcher(row.get()[1]).matches();
	}

	private static IWorkbenchPage monitor() throws WorkbenchException, PartInitException {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		return PlatformUI.getWorkbench().showPerspective(WorkbenchIds.PERSPECTIVE_MONITOR, window);
	}

	/** Runs the event loop until {@code condition} holds, or fails after {@code timeout}. */
	private static void waitUntil(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
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

	/** The "!ENTRY plugin 4 ..." (severity ERROR) entries of the workbench log, with their message lines. */
	private static String errorEntries() throws IOException {
		Path log = Platform.getLogFileLocation().toPath();
		String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
		StringBuilder errors = new StringBuilder();
		Matcher entry = Pattern.compile("(?m)^!ENTRY \\S+ 4 .*\\R!MESSAGE .*(\\R(?!!ENTRY).*){0,3}").matcher(text);
		while (entry.find()) {
			errors.append(entry.group()).append('\n');
		}
		return errors.toString();
	}
}
