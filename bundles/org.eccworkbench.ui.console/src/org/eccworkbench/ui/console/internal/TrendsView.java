package org.eccworkbench.ui.console.internal;

import org.eccworkbench.ui.UiThrottle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eccworkbench.console.ChannelSpec;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IAxis.Position;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.part.ViewPart;

/**
 * The last minutes of the selected channels, one line each, one Y axis per unit. Flow, line
 * pressure and temperatures are selected at first; the chart redraws twice a second.
 */
public final class TrendsView extends ViewPart {

	private static final int REDRAW_MILLIS = 500;
	private static final int[] WINDOWS = { 1, 5, 15, MonitorModel.TREND_MINUTES_MAX };
	/** Selected when the console reports them: arterial flow, line pressure and temperatures. */
	static final Set<String> FIRST_SELECTED = Set.of("art.flow", "art.pressure", "art.temp", "ven.temp", "np.temp");
	private static final Color[] COLORS = { new Color(200, 30, 30), new Color(30, 90, 200), new Color(0, 140, 70),
			new Color(200, 110, 0), new Color(130, 50, 160), new Color(0, 150, 170), new Color(90, 90, 90) };

	private final MonitorModel model = MonitorModel.get();
	private final Set<String> selected = new LinkedHashSet<>();
	private final Map<String, Integer> axisOfUnit = new HashMap<>();
	private Composite root;
	private Combo window;
	private Composite channelBox;
	private Label empty;
	private Chart chart;
	private Runnable observer;
	private List<ChannelSpec> channels = List.of();

	@Override
	public void createPartControl(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(root);
		new Label(root, SWT.NONE).setText(Messages.Trends_window);
		window = new Combo(root, SWT.READ_ONLY);
		for (int minutes : WINDOWS) {
			window.add(NLS.bind(Messages.Trends_minutes, Integer.toString(minutes)));
		}
		window.select(1);
		window.addListener(SWT.Selection, e -> redraw());
		empty = new Label(root, SWT.WRAP);
		empty.setText(Messages.Trends_noConsole);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(empty);
		channelBox = new Composite(root, SWT.NONE);
		RowLayoutFactory.swtDefaults().wrap(true).margins(0, 0).applyTo(channelBox);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(channelBox);
		new Label(channelBox, SWT.NONE).setText(Messages.Trends_channels);
		chart = new Chart(root, SWT.NONE);
		chart.getTitle().setVisible(false);
		chart.getAxisSet().getXAxis(0).getTitle().setText(Messages.Trends_time);
		chart.getAxisSet().getYAxis(0).getTitle().setText("");
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).applyTo(chart);
		observer = new UiThrottle(root, REDRAW_MILLIS, this::redraw);
		model.addObserver(observer);
		redraw();
	}

	private int windowMinutes() {
		return WINDOWS[Math.max(0, window.getSelectionIndex())];
	}

	private void channelsChanged(List<ChannelSpec> now) {
		channels = now;
		for (Control child : channelBox.getChildren()) {
			if (child instanceof Button) {
				child.dispose();
			}
		}
		selected.clear();
		for (ChannelSpec channel : now) {
			if (FIRST_SELECTED.contains(channel.id())) {
				selected.add(channel.id());
			}
		}
		if (selected.isEmpty()) {
			now.stream().limit(3).forEach(c -> selected.add(c.id()));
		}
		for (ChannelSpec channel : now) {
			Button check = new Button(channelBox, SWT.CHECK);
			check.setText(channel.id() + " (" + channel.unit() + ")");
			check.setSelection(selected.contains(channel.id()));
			check.addListener(SWT.Selection, e -> {
				if (check.getSelection()) {
					selected.add(channel.id());
				} else {
					selected.remove(channel.id());
				}
				redraw();
			});
		}
		root.layout(true, true);
	}

	private int axisFor(String unit) {
		Integer id = axisOfUnit.get(unit);
		if (id == null) {
			id = axisOfUnit.isEmpty() ? 0 : chart.getAxisSet().createYAxis();
			IAxis axis = chart.getAxisSet().getYAxis(id);
			axis.getTitle().setText(unit);
			if (id != 0) {
				axis.setPosition(Position.Secondary);
			}
			axisOfUnit.put(unit, id);
		}
		return id;
	}

	private void redraw() {
		if (chart.isDisposed()) {
			return;
		}
		List<ChannelSpec> now = model.channels();
		if (!now.equals(channels)) {
			channelsChanged(now);
		}
		empty.setVisible(now.isEmpty());
		long nowMillis = System.currentTimeMillis();
		long from = nowMillis - windowMinutes() * 60_000L;
		Set<String> drawn = new LinkedHashSet<>();
		int colour = 0;
		for (ChannelSpec channel : now) {
			if (!selected.contains(channel.id())) {
				continue;
			}
			double[][] xy = model.trend(channel.id(), from, nowMillis);
			ISeries<?> series = chart.getSeriesSet().getSeries(channel.id());
			if (series == null) {
				series = chart.getSeriesSet().createSeries(SeriesType.LINE, channel.id());
				series.setDescription(channel.id() + " (" + channel.unit() + ")");
				ILineSeries<?> line = (ILineSeries<?>) series;
				line.setSymbolType(PlotSymbolType.NONE);
				line.setLineWidth(2);
				line.setAntialias(SWT.ON);
				series.setYAxisId(axisFor(channel.unit()));
			}
			((ILineSeries<?>) series).setLineColor(COLORS[colour++ % COLORS.length]);
			series.setXSeries(xy[0]);
			series.setYSeries(xy[1]);
			drawn.add(channel.id());
		}
		List<String> stale = new ArrayList<>();
		for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
			if (!drawn.contains(series.getId())) {
				stale.add(series.getId());
			}
		}
		stale.forEach(chart.getSeriesSet()::deleteSeries);
		chart.getAxisSet().adjustRange();
		chart.getAxisSet().getXAxis(0).setRange(new Range(-windowMinutes() * 60.0, 0));
		chart.redraw();
	}

	/** For the tests: the channels drawn. */
	List<String> drawnChannels() {
		List<String> ids = new ArrayList<>();
		for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
			ids.add(series.getId());
		}
		return ids;
	}

	@Override
	public void setFocus() {
		chart.setFocus();
	}

	@Override
	public void dispose() {
		model.removeObserver(observer);
		super.dispose();
	}
}
