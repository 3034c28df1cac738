package org.eccworkbench.ui.kit.internal;

import org.eccworkbench.kit.pack.PackLine;
import org.eccworkbench.kit.pack.PackingResult;
import org.eccworkbench.kit.pack.Piece;
import org.eccworkbench.kit.plan.KitPlan;
import org.eccworkbench.kit.plan.Numbers;
import org.eccworkbench.kit.mission.TransportLimits;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;

/**
 * The pieces of the active mission's kit: each piece's weight against the airline's limit in a bar
 * chart, and the manifest of every piece (what it holds, lot, expiry, units, weight).
 */
public final class PackingView extends KitView {

	static final String WEIGHT_SERIES = "weight";
	static final String LIMIT_SERIES = "limit";
	/** The default limit of a piece, kg, when the mission states none (the model's default). */
	private static final double DEFAULT_LIMIT_KG = 23;

	private Label summary;
	private Chart chart;
	private Tree manifest;

	@Override
	void createContent(Composite parent) {
		summary = new Label(parent, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		chart = new Chart(sash, SWT.NONE);
		chart.getTitle().setText(Messages.Packing_chartTitle);
		chart.getAxisSet().getXAxis(0).getTitle().setText(Messages.Packing_piece);
		chart.getAxisSet().getYAxis(0).getTitle().setText(Messages.Packing_weight);
		chart.getAxisSet().getXAxis(0).enableCategory(true);
		manifest = new Tree(sash, SWT.BORDER | SWT.FULL_SELECTION);
		manifest.setHeaderVisible(true);
		for (String header : new String[] { Messages.Packing_content, Messages.Packing_lot, Messages.Packing_expiry,
				Messages.Packing_units, Messages.Packing_weight }) {
			TreeColumn column = new TreeColumn(manifest, SWT.LEFT);
			column.setText(header);
			column.setWidth(header.equals(Messages.Packing_content) ? 260 : 90);
		}
		sash.setWeights(1, 1);
	}

	static double limitKg(KitPlan plan) {
		TransportLimits transport = plan.mission().getTransport();
		return transport == null ? DEFAULT_LIMIT_KG : transport.getMaxKgPerPiece();
	}

	@Override
	void showKit(KitResult result, KitPlan plan, PackingResult packing) {
		double limit = limitKg(plan);
		int n = packing.pieces().size();
		String[] categories = new String[n];
		double[] weights = new double[n];
		double[] limits = new double[n];
		for (int i = 0; i < n; i++) {
			Piece piece = packing.pieces().get(i);
			categories[i] = Integer.toString(piece.number());
			weights[i] = piece.weightKg();
			limits[i] = limit;
		}
		for (ISeries<?> old : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(old.getId());
		}
		chart.getAxisSet().getXAxis(0).setCategorySeries(categories);
		IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, WEIGHT_SERIES);
		bars.setDescription(Messages.Packing_weightSeries);
		bars.setYSeries(weights);
		bars.setBarColor(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_CYAN));
		ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, LIMIT_SERIES);
		line.setDescription(NLS.bind(Messages.Packing_limitSeries, Numbers.fixed(limit, 1)));
		line.setYSeries(limits);
		Color red = chart.getDisplay().getSystemColor(SWT.COLOR_RED);
		line.setLineColor(red);
		line.setSymbolType(ILineSeries.PlotSymbolType.NONE);
		chart.getAxisSet().adjustRange();
		chart.redraw();

		manifest.removeAll();
		for (Piece piece : packing.pieces()) {
			TreeItem item = new TreeItem(manifest, SWT.NONE);
			item.setText(new String[] {
					NLS.bind(Messages.Packing_pieceRow, Integer.toString(piece.number()), piece.packing().id()), "", "",
					"", Numbers.fixed(piece.weightKg(), 2) });
			if (piece.weightKg() > limit) {
				item.setForeground(red);
			}
			for (PackLine packed : piece.lines()) {
				TreeItem child = new TreeItem(item, SWT.NONE);
				child.setText(new String[] { packed.item().name(),
						packed.allocation().lot() == null ? "" : packed.allocation().lot(),
						packed.allocation().expiry() == null ? "" : packed.allocation().expiry().toString(),
						Integer.toString(packed.units()), Numbers.fixed(packed.weightKg(), 2) });
			}
		}
		summary.setText(NLS.bind(Messages.Packing_summary, new Object[] { Integer.toString(n),
				Numbers.fixed(packing.totalKg(), 1), Numbers.fixed(limit, 1) })
				+ (packing.brokenLimits().isEmpty() ? "" : "\n" + String.join("\n", packing.brokenLimits())));
		summary.getParent().layout(true);
	}

	@Override
	String noMission() {
		return Messages.Packing_noMission;
	}

	/** The weights in the chart, one a piece. */
	double[] chartedWeights() {
		ISeries<?> series = chart.getSeriesSet().getSeries(WEIGHT_SERIES);
		return series == null ? new double[0] : series.getYSeries();
	}

	/** The manifest's top rows, one a piece. */
	int manifestPieces() {
		return manifest.getItemCount();
	}
}
