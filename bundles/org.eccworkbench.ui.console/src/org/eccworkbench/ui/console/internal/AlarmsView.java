package org.eccworkbench.ui.console.internal;

import org.eccworkbench.ui.TableColumns;
import org.eccworkbench.ui.UiThrottle;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * The console's alarms, the most recent first: priority in its colour (high red, medium yellow,
 * low cyan), time raised, module, text, whether it is still active, and whether the user has
 * acknowledged it.
 */
public final class AlarmsView extends ViewPart {

	private static final int REDRAW_MILLIS = 250;
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

	private final MonitorModel model = MonitorModel.get();
	private TableViewer table;
	private Button acknowledge;
	private Runnable observer;

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(root);
		table = new TableViewer(root, SWT.MULTI | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		column(Messages.Alarms_columnPriority, 80, e -> Texts.priority(e.alarm().priority()),
				e -> Texts.priorityColor(e.alarm().priority()), e -> Texts.priorityForeground(e.alarm().priority()));
		column(Messages.Alarms_columnRaised, 75, e -> time(e.alarm().time()), e -> null, e -> null);
		column(Messages.Alarms_columnModule, 60, e -> e.alarm().module(), e -> null, e -> null);
		column(Messages.Alarms_columnText, 200, e -> e.alarm().text().isEmpty() ? e.alarm().code() : e.alarm().text(),
				e -> null, e -> null);
		column(Messages.Alarms_columnState, 110,
				e -> e.isActive() ? Messages.Alarms_active : NLS.bind(Messages.Alarms_cleared, time(e.cleared())),
				e -> null, e -> e.isActive() ? null : Texts.GREY);
		column(Messages.Alarms_columnAcknowledged, 90, e -> e.isAcknowledged() ? Messages.Alarms_yes : Messages.Alarms_no,
				e -> null, e -> null);
		table.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(150, 60).applyTo(table.getControl());
		table.addSelectionChangedListener(e -> acknowledge.setEnabled(!table.getSelection().isEmpty()));

		acknowledge = new Button(root, SWT.PUSH);
		acknowledge.setText(Messages.Alarms_acknowledge);
		acknowledge.setEnabled(false);
		acknowledge.addListener(SWT.Selection, e -> acknowledgeSelected());
		Button all = new Button(root, SWT.PUSH);
		all.setText(Messages.Alarms_acknowledgeAll);
		all.addListener(SWT.Selection, e -> model.acknowledge(model.alarms()));
		Label note = new Label(root, SWT.WRAP);
		note.setText(Messages.Alarms_note);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(150, SWT.DEFAULT).applyTo(note);

		observer = new UiThrottle(root, REDRAW_MILLIS, this::refresh);
		model.addObserver(observer);
		refresh();
	}

	private static String time(Instant instant) {
		return instant == null ? "" : TIME.format(instant);
	}

	private void column(String title, int width, Function<AlarmEntry, String> text, Function<AlarmEntry, Color> background,
			Function<AlarmEntry, Color> foreground) {
		TableColumns.add(table, AlarmEntry.class, title, width, SWT.NONE, text, background, foreground, null);
	}

	@SuppressWarnings("unchecked")
	private void acknowledgeSelected() {
		model.acknowledge(((IStructuredSelection) table.getSelection()).toList());
	}

	private void refresh() {
		if (table.getControl().isDisposed()) {
			return;
		}
		List<AlarmEntry> alarms = model.alarms();
		if (!alarms.equals(table.getInput())) {
			table.setInput(alarms);
		} else {
			table.refresh();
		}
	}

	/** For the tests: the alarms listed. */
	int alarmCount() {
		return table.getTable().getItemCount();
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void dispose() {
		model.removeObserver(observer);
		super.dispose();
	}
}
