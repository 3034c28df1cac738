package org.eccworkbench.ui.kit.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.IEditableRule;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.data.convert.DefaultDisplayConverter;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultColumnHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultRowHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.event.StructuralRefreshEvent;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * A NatTable grid over a list of rows: a filter field above it (rows that contain the text in any
 * column), single-click sorting on the column headers, and cells of editable columns that write
 * through the column's setter (the mission editor's setters run EMF commands).
 */
final class KitGrid<T> {

	static final String EDITABLE = "EDITABLE";

	/** A column: its header, its value, and for an editable column what writes a new value. */
	record Column<T>(String header, Function<T, Object> value, BiConsumer<T, Object> setter) {

		static <T> Column<T> of(String header, Function<T, Object> value) {
			return new Column<>(header, value, null);
		}
	}

	private final List<Column<T>> columns;
	private final Composite control;
	private final Text filter;
	private final NatTable table;
	private final DataLayer bodyData;
	private List<T> all = List.of();
	private final List<T> visible = new ArrayList<>();
	private int sortColumn = -1;
	private SortDirectionEnum sortDirection = SortDirectionEnum.NONE;

	KitGrid(Composite parent, List<Column<T>> columns) {
		CollectionsFactories.initialize();
		this.columns = List.copyOf(columns);
		control = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		control.setLayout(layout);
		filter = new Text(control, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.Grid_filter);
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		IDataProvider body = new IDataProvider() {
			@Override
			public Object getDataValue(int column, int row) {
				return row < visible.size() ? KitGrid.this.columns.get(column).value().apply(visible.get(row)) : null;
			}

			@Override
			public void setDataValue(int column, int row, Object value) {
				BiConsumer<T, Object> setter = KitGrid.this.columns.get(column).setter();
				if (setter != null && row < visible.size()) {
					setter.accept(visible.get(row), value);
				}
			}

			@Override
			public int getColumnCount() {
				return KitGrid.this.columns.size();
			}

			@Override
			public int getRowCount() {
				return visible.size();
			}
		};
		bodyData = new DataLayer(body);
		bodyData.setConfigLabelAccumulator((labels, column, row) -> {
			if (KitGrid.this.columns.get(column).setter() != null) {
				labels.add(EDITABLE);
			}
		});
		SelectionLayer selection = new SelectionLayer(bodyData);
		ViewportLayer viewport = new ViewportLayer(selection);
		IDataProvider headerProvider = new DefaultColumnHeaderDataProvider(
				this.columns.stream().map(Column::header).toArray(String[]::new));
		DataLayer headerData = new DefaultColumnHeaderDataLayer(headerProvider);
		ColumnHeaderLayer header = new ColumnHeaderLayer(headerData, viewport, selection);
		SortHeaderLayer<T> sortHeader = new SortHeaderLayer<>(header, new SortModel());
		IDataProvider rowProvider = new DefaultRowHeaderDataProvider(body);
		RowHeaderLayer rowHeader = new RowHeaderLayer(new DefaultRowHeaderDataLayer(rowProvider), viewport, selection);
		CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headerProvider, rowProvider)),
				rowHeader, sortHeader);
		GridLayer grid = new GridLayer(viewport, sortHeader, rowHeader, corner);
		table = new NatTable(control, grid, false);
		table.addConfiguration(new DefaultNatTableStyleConfiguration());
		table.addConfiguration(new SingleClickSortConfiguration());
		table.addConfiguration(new AbstractRegistryConfiguration() {
			@Override
			public void configureRegistry(IConfigRegistry registry) {
				registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, IEditableRule.ALWAYS_EDITABLE,
						DisplayMode.EDIT, EDITABLE);
				registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new DefaultDisplayConverter());
			}
		});
		table.configure();
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		filter.addModifyListener(e -> refresh());
	}

	Composite control() {
		return control;
	}

	NatTable table() {
		return table;
	}

	/** The layer whose data provider the cells' edits go through. */
	DataLayer bodyDataLayer() {
		return bodyData;
	}

	Text filterField() {
		return filter;
	}

	/** Shows {@code rows} (filtered and sorted as set). */
	void setRows(List<T> rows) {
		all = List.copyOf(rows);
		refresh();
	}

	/** The rows shown, in their order. */
	List<T> visibleRows() {
		return List.copyOf(visible);
	}

	/** Sorts by a column (NatTable calls this from a header click). */
	void sortBy(int column, SortDirectionEnum direction) {
		sortColumn = direction == SortDirectionEnum.NONE ? -1 : column;
		sortDirection = direction;
		refresh();
	}

	void refresh() {
		String needle = filter.getText().trim().toLowerCase(Locale.ROOT);
		visible.clear();
		for (T row : all) {
			if (needle.isEmpty() || columns.stream().anyMatch(c -> text(c.value().apply(row)).contains(needle))) {
				visible.add(row);
			}
		}
		if (sortColumn >= 0) {
			Function<T, Object> value = columns.get(sortColumn).value();
			Comparator<T> order = (a, b) -> compare(value.apply(a), value.apply(b));
			visible.sort(sortDirection == SortDirectionEnum.DESC ? order.reversed() : order);
		}
		if (!table.isDisposed()) {
			table.fireLayerEvent(new StructuralRefreshEvent(bodyData));
			table.refresh(false);
		}
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString().toLowerCase(Locale.ROOT);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	static int compare(Object a, Object b) {
		if (a == null || b == null) {
			return a == null ? (b == null ? 0 : -1) : 1;
		}
		Double x = number(a);
		Double y = number(b);
		if (x != null && y != null) {
			return Double.compare(x, y);
		}
		if (a instanceof Comparable && a.getClass() == b.getClass()) {
			return ((Comparable) a).compareTo(b);
		}
		return a.toString().compareToIgnoreCase(b.toString());
	}

	private static Double number(Object value) {
		if (value instanceof Number n) {
			return n.doubleValue();
		}
		if (!(value instanceof String)) {
			return null;
		}
		try {
			return Double.valueOf(value.toString());
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private final class SortModel implements ISortModel {

		@Override
		public List<Integer> getSortedColumnIndexes() {
			return sortColumn < 0 ? List.of() : List.of(sortColumn);
		}

		@Override
		public boolean isColumnIndexSorted(int column) {
			return column == sortColumn;
		}

		@Override
		public SortDirectionEnum getSortDirection(int column) {
			return column == sortColumn ? sortDirection : SortDirectionEnum.NONE;
		}

		@Override
		public int getSortOrder(int column) {
			return column == sortColumn ? 0 : -1;
		}

		@SuppressWarnings("rawtypes")
		@Override
		public List<Comparator> getComparatorsForColumnIndex(int column) {
			return List.of(getColumnComparator(column));
		}

		@Override
		public Comparator<?> getColumnComparator(int column) {
			return KitGrid::compare;
		}

		@Override
		public void sort(int column, SortDirectionEnum direction, boolean accumulate) {
			sortBy(column, direction);
		}

		@Override
		public void clear() {
			sortBy(-1, SortDirectionEnum.NONE);
		}
	}
}
