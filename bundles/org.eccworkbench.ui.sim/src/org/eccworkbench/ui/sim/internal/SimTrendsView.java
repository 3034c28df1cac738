package org.eccworkbench.ui.sim.internal;

import org.eccworkbench.ui.UiThrottle;
import java.util.ArrayList;
import java.util.List;

import org.eccworkbench.sim.Signal;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.part.ViewPart;

/**
 * The run over simulated time, in minutes: pump flow, MAP, DO2i with the 272 and 280 mL/min/m²
 * lines, SvO2, the temperatures (arterial outlet, venous inflow, core, water) and the reservoir
 * level, each chart with its unit. Redrawn twice a second from the run's bounded trend buffer.
 */
public final class SimTrendsView extends ViewPart {

	private static final int REDRAW_MILLIS = 500;
	/** The DO2i thresholds drawn, mL/min/m². */
	static final double[] DO2I_LINES = { 272, 280 };
	private static final Color RED = new Color(200, 30, 30);
	private static final Color BLUE = new Color(30, 90, 200);
	private static final Color GREEN = new Color(0, 140, 70);
	private static final Color ORANGE = new Color(200, 110, 0);
	private static final Color PURPLE = new Color(130, 50, 160);
	private static final Color CYAN = new Color(0, 150, 170);
	private static final Color GREY = new Color(120, 120, 120);

	private final SimulationRun run = SimulationRun.get();
	private final List<Chart> charts = new ArrayList<>();
	private Composite root;
	private Runnable observer;

	@Override
	public void createPartControl(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).equalWidth(true).spacing(2, 2).applyTo(root);
		org.eclipse.swt.widgets.Label time = new org.eclipse.swt.widgets.Label(root, SWT.NONE);
		time.setText(Messages.Trends_time);
		GridDataFactory.fillDefaults().span(3, 1).indent(4, 2).applyTo(time);
		chart(Messages.Trends_flow, new Signal[] { Signal.PUMP_FLOW_L_MIN }, new Color[] { RED }, new String[] { Messages.Trends_pumpFlow });
		chart(Messages.Trends_map, new Signal[] { Signal.MAP_MMHG }, new Color[] { RED }, new String[] { Messages.Trends_mapSeries });
		Chart do2i = chart(Messages.Trends_do2i, new Signal[] { Signal.DO2I_ML_MIN_M2 }, new Color[] { GREEN },
				new String[] { Messages.Trends_do2iSeries });
		for (double line : DO2I_LINES) {
			ILineSeries<?> threshold = (ILineSeries<?>) do2i.getSeriesSet().createSeries(SeriesType.LINE, "do2i" + (int) line); //$NON-NLS-1$
			threshold.setDescription(Texts.fixed(line, 0));
			threshold.setSymbolType(PlotSymbolType.NONE);
			threshold.setLineStyle(LineStyle.DASH);
			threshold.setLineColor(line == 272 ? RED : ORANGE);
		}
		chart(Messages.Trends_svo2, new Signal[] { Signal.SVO2_PERCENT }, new Color[] { BLUE }, new String[] { Messages.Trends_svo2Series });
		chart(Messages.Trends_temperatures,
				new Signal[] { Signal.ARTERIAL_OUTLET_C, Signal.VENOUS_INFLOW_C, Signal.CORE_C, Signal.WATER_C },
				new Color[] { RED, BLUE, PURPLE, CYAN }, new String[] { Messages.Trends_arterialOutlet,
						Messages.Trends_venousInflow, Messages.Trends_core, Messages.Trends_water });
		chart(Messages.Trends_reservoir, new Signal[] { Signal.RESERVOIR_ML }, new Color[] { GREY },
				new String[] { Messages.Trends_reservoirSeries });
		observer = new UiThrottle(root, REDRAW_MILLIS, this::redraw);
		run.addObserver(observer);
		redraw();
	}

	private Chart chart(String title, Signal[] signals, Color[] colors, String[] names) {
		Chart chart = new Chart(root, SWT.NONE);
		chart.getTitle().setText(title);
		chart.getTitle().setFont(root.getFont());
		chart.getAxisSet().getXAxis(0).getTitle().setVisible(false);
		chart.getAxisSet().getYAxis(0).getTitle().setVisible(false);
		chart.getLegend().setVisible(signals.length > 1);
		chart.getLegend().setPosition(SWT.RIGHT);
		for (int i = 0; i < signals.length; i++) {
			ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, signals[i].key());
			line.setDescription(names[i]);
			line.setSymbolType(PlotSymbolType.NONE);
			line.setLineWidth(2);
			line.setAntialias(SWT.ON);
			line.setLineColor(colors[i]);
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(120, 80).applyTo(chart);
		charts.add(chart);
		return chart;
	}

	private void redraw() {
		if (root.isDisposed()) {
			return;
		}
		SimTrendBuffer trends = run.trends();
		for (Chart chart : charts) {
			double[] firstX = null;
			for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
				Signal signal = Signal.of(series.getId()).orElse(null);
				if (signal == null) {
					continue;
				}
				double[][] xy = trends.series(signal);
				series.setXSeries(xy[0]);
				series.setYSeries(xy[1]);
				firstX = xy[0];
			}
			for (double line : DO2I_LINES) {
				ISeries<?> threshold = chart.getSeriesSet().getSeries("do2i" + (int) line); //$NON-NLS-1$
				if (threshold != null && firstX != null) {
					double[] x = firstX.length == 0 ? new double[0] : new double[] { firstX[0], firstX[firstX.length - 1] };
					threshold.setXSeries(x);
					threshold.setYSeries(x.length == 0 ? new double[0] : new double[] { line, line });
				}
			}
		}
		for (Chart chart : charts) {
			chart.getAxisSet().adjustRange();
			Range x = chart.getAxisSet().getXAxis(0).getRange();
			chart.getAxisSet().getXAxis(0).setRange(new Range(Math.min(x.lower, 0), Math.max(x.upper, 1)));
			chart.redraw();
		}
	}

	/** For the tests: the points of {@code signal}'s line. */
	int points(Signal signal) {
		for (Chart chart : charts) {
			ISeries<?> series = chart.getSeriesSet().getSeries(signal.key());
			if (series != null) {
				return series.getXSeries().length;
			}
		}
		return -1;
	}

	@Override
	public void setFocus() {
		root.setFocus();
	}

	@Override
	public void dispose() {
		run.removeObserver(observer);
		super.dispose();
	}
}
