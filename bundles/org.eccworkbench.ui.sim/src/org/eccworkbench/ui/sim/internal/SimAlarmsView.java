package org.eccworkbench.ui.sim.internal;

import org.eccworkbench.ui.TableColumns;
import org.eccworkbench.ui.UiThrottle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eccworkbench.sim.AlarmRecord;
import org.eccworkbench.sim.Priority;
import org.eccworkbench.sim.SimulationSession;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/**
 * The alarm episodes of the run: the active ones first, in bold, then the cleared ones, the most
 * recent first; priority in its colour (high red, medium yellow, low cyan), simulated time raised
 * and cleared (mm:ss), the alarm, and the time the operator took to respond.
 */
public final class SimAlarmsView extends ViewPart {

	private static final int REFRESH_MILLIS = 250;
	static final Color RED = new Color(200, 30, 30);
	static final Color YELLOW = new Color(255, 215, 0);
	static final Color CYAN = new Color(0, 170, 200);
	private static final Color WHITE = new Color(255, 255, 255);
	private static final Color BLACK = new Color(0, 0, 0);

	/** The order of the rows: active first, then the most recent. */
	static final Comparator<AlarmRecord> ORDER = Comparator.comparing((AlarmRecord r) -> !Double.isNaN(r.clearedS()))
			.thenComparing(Comparator.comparingDouble(AlarmRecord::tS).reversed());

	private final SimulationRun run = SimulationRun.get();
	private TableViewer table;
	private Runnable observer;
	private List<AlarmRecord> shown = List.of();

	@Override
	public void createPartControl(Composite parent) {
		table = new TableViewer(parent, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		column(Messages.Alarms_priority, 74, r -> Texts.priority(r.priority()), r -> background(r.priority()),
				r -> r.priority() == Priority.MEDIUM ? BLACK : WHITE);
		column(Messages.Alarms_raised, 56, r -> Texts.clock(r.tS()), r -> null, r -> null);
		column(Messages.Alarms_alarm, 140, r -> Texts.alarm(r.id()), r -> null, r -> null);
		column(Messages.Alarms_cleared, 62, r -> Double.isNaN(r.clearedS()) ? Messages.Alarms_active : Texts.clock(r.clearedS()),
				r -> null, r -> null);
		column(Messages.Alarms_response, 64,
				r -> Double.isNaN(r.responseS()) ? "" : org.eclipse.osgi.util.NLS.bind(Messages.Alarms_seconds, Texts.fixed(r.responseS(), 0)), //$NON-NLS-1$
				r -> null, r -> null);
		table.setContentProvider(ArrayContentProvider.getInstance());
		observer = new UiThrottle(table.getControl(), REFRESH_MILLIS, this::refresh);
		run.addObserver(observer);
		refresh();
	}

	private static Color background(Priority priority) {
		return switch (priority) {
		case HIGH -> RED;
		case MEDIUM -> YELLOW;
		case LOW -> CYAN;
		};
	}

	private void column(String title, int width, Function<AlarmRecord, String> text, Function<AlarmRecord, Color> background,
			Function<AlarmRecord, Color> foreground) {
		// the alarms still active in bold
		TableColumns.add(table, AlarmRecord.class, title, width, SWT.NONE, text, background, foreground,
				r -> Double.isNaN(r.clearedS()) ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null);
	}

	private void refresh() {
		if (table.getControl().isDisposed()) {
			return;
		}
		List<AlarmRecord> now = run.session().map(SimulationSession::alarms).orElse(List.of());
		List<AlarmRecord> sorted = new ArrayList<>(now);
		sorted.sort(ORDER);
		if (!sorted.equals(shown)) {
			shown = List.copyOf(sorted);
			table.setInput(shown);
		}
	}

	/** For the tests: the rows as {priority, raised, alarm, cleared, response}. */
	List<String[]> rows() {
		List<String[]> rows = new ArrayList<>();
		for (org.eclipse.swt.widgets.TableItem item : table.getTable().getItems()) {
			rows.add(new String[] { item.getText(0), item.getText(1), item.getText(2), item.getText(3), item.getText(4) });
		}
		return rows;
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void dispose() {
		run.removeObserver(observer);
		super.dispose();
	}
}
