package org.eccworkbench.ui.console.internal;

import org.eccworkbench.ui.TableColumns;
import org.eccworkbench.ui.UiThrottle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.eccworkbench.console.ChannelSpec;
import org.eccworkbench.console.Quality;
import org.eccworkbench.console.Sample;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;

/**
 * Every channel of the connected console with its latest value, unit and quality. A lost signal
 * reads "— LOST" on red, an invalid one "— invalid": never the last value.
 */
public final class LiveValuesView extends ViewPart {

	private static final int REDRAW_MILLIS = 250;

	private final MonitorModel model = MonitorModel.get();
	private Label empty;
	private TableViewer table;
	private Runnable observer;
	private List<ChannelSpec> shown = List.of();

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(root);
		empty = new Label(root, SWT.WRAP);
		empty.setText(Messages.LiveValues_noConsole);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(empty);
		table = new TableViewer(root, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		column(Messages.LiveValues_columnChannel, 150, SWT.LEFT, ChannelSpec::id, c -> null, c -> null);
		column(Messages.LiveValues_columnValue, 110, SWT.RIGHT, this::valueText, this::valueBackground,
				this::valueForeground);
		column(Messages.LiveValues_columnUnit, 70, SWT.LEFT, ChannelSpec::unit, c -> null, c -> null);
		column(Messages.LiveValues_columnQuality, 100, SWT.LEFT,
				c -> sample(c).map(s -> Texts.quality(s.quality())).orElse(""), c -> null, c -> null);
		table.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
		observer = new UiThrottle(root, REDRAW_MILLIS, this::refresh);
		model.addObserver(observer);
		refresh();
	}

	private void column(String title, int width, int align, Function<ChannelSpec, String> text,
			Function<ChannelSpec, Color> background, Function<ChannelSpec, Color> foreground) {
		TableColumns.add(table, ChannelSpec.class, title, width, align, text, background, foreground, null);
	}

	private Optional<Sample> sample(ChannelSpec channel) {
		return model.latest(channel.id());
	}

	/** The value column: the number, or what stands for it when there is none. */
	static String valueText(Optional<Sample> sample) {
		if (sample.isEmpty()) {
			return Messages.LiveValues_waiting;
		}
		Sample s = sample.get();
		return switch (s.quality()) {
		case LOST -> Messages.LiveValues_lost;
		case INVALID -> Messages.LiveValues_invalid;
		case GOOD, QUESTIONABLE -> format(s.value()) + (s.quality() == Quality.QUESTIONABLE ? " ?" : "");
		};
	}

	private String valueText(ChannelSpec channel) {
		return valueText(sample(channel));
	}

	private static String format(double value) {
		double magnitude = Math.abs(value);
		String pattern = magnitude >= 100 ? "%.0f" : magnitude >= 10 ? "%.1f" : "%.2f";
		return String.format(Locale.getDefault(), pattern, value);
	}

	private Color valueBackground(ChannelSpec channel) {
		Quality quality = sample(channel).map(Sample::quality).orElse(null);
		if (quality == Quality.LOST) {
			return Texts.RED;
		}
		if (quality == Quality.INVALID || quality == Quality.QUESTIONABLE) {
			return Texts.YELLOW;
		}
		return null;
	}

	private Color valueForeground(ChannelSpec channel) {
		Quality quality = sample(channel).map(Sample::quality).orElse(null);
		return quality == Quality.LOST ? Texts.WHITE : quality == null ? null : Texts.BLACK;
	}

	private void refresh() {
		if (table.getControl().isDisposed()) {
			return;
		}
		List<ChannelSpec> channels = model.channels();
		if (!channels.equals(shown)) {
			shown = channels;
			table.setInput(channels);
		} else {
			table.refresh();
		}
		boolean none = channels.isEmpty();
		if (empty.getVisible() != none) {
			empty.setVisible(none);
			((org.eclipse.swt.layout.GridData) empty.getLayoutData()).exclude = !none;
			empty.getParent().layout(true);
		}
	}

	// For the tests: the row of a channel as shown, {channel, value, unit, quality}.

	Optional<String[]> row(String channel) {
		for (TableItem item : table.getTable().getItems()) {
			if (item.getText(0).equals(channel)) {
				return Optional.of(new String[] { item.getText(0), item.getText(1), item.getText(2), item.getText(3) });
			}
		}
		return Optional.empty();
	}

	Color valueBackground(String channel) {
		for (TableItem item : table.getTable().getItems()) {
			if (item.getText(0).equals(channel)) {
				return item.getBackground(1);
			}
		}
		return null;
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
