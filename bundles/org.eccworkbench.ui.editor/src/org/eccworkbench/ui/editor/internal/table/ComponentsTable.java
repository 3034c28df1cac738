package org.eccworkbench.ui.editor.internal.table;

import java.util.ArrayList;
import java.util.List;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.CircuitElement;
import org.eccworkbench.ui.editor.internal.commands.CircuitCommands;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.EditableRule;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.data.IColumnPropertyAccessor;
import org.eclipse.nebula.widgets.nattable.data.ListDataProvider;
import org.eclipse.nebula.widgets.nattable.data.convert.DefaultDoubleDisplayConverter;
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
import org.eclipse.nebula.widgets.nattable.layer.cell.ColumnOverrideLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.widgets.Composite;

/**
 * The Components page: a grid of every part and tube segment. A click on a header sorts; editable
 * cells (name, product, prime, tube size and length) change the model through EMF commands.
 */
public final class ComponentsTable {

	private static final String NUMBER = "number"; //$NON-NLS-1$

	private final Circuit circuit;
	private final EditingDomain domain;
	private final List<CircuitElement> rows = new ArrayList<>();
	private final ElementSortModel sortModel = new ElementSortModel(rows);
	private final NatTable table;

	public ComponentsTable(Composite parent, EditingDomain domain, Circuit circuit) {
		this.domain = domain;
		this.circuit = circuit;
		reload();
		ElementColumn[] columns = ElementColumn.values();
		ListDataProvider<CircuitElement> body = new ListDataProvider<>(rows, new Accessor());
		DataLayer bodyData = new DataLayer(body);
		ColumnOverrideLabelAccumulator labels = new ColumnOverrideLabelAccumulator(bodyData);
		for (ElementColumn column : columns) {
			if (column.number()) {
				labels.registerColumnOverrides(column.ordinal(), NUMBER);
			}
		}
		bodyData.setConfigLabelAccumulator(labels);
		SelectionLayer selection = new SelectionLayer(bodyData);
		ViewportLayer viewport = new ViewportLayer(selection);
		String[] headers = java.util.Arrays.stream(columns).map(ElementColumn::header).toArray(String[]::new);
		DefaultColumnHeaderDataProvider headerData = new DefaultColumnHeaderDataProvider(headers);
		ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(new DefaultColumnHeaderDataLayer(headerData), viewport,
				selection);
		SortHeaderLayer<CircuitElement> sortHeader = new SortHeaderLayer<>(columnHeader, sortModel);
		DefaultRowHeaderDataProvider rowData = new DefaultRowHeaderDataProvider(body);
		RowHeaderLayer rowHeader = new RowHeaderLayer(new DefaultRowHeaderDataLayer(rowData), viewport, selection);
		CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headerData, rowData)),
				rowHeader, sortHeader);
		GridLayer grid = new GridLayer(viewport, sortHeader, rowHeader, corner);
		table = new NatTable(parent, grid, false);
		table.addConfiguration(new DefaultNatTableStyleConfiguration());
		table.addConfiguration(new SingleClickSortConfiguration());
		table.addConfiguration(new EditingConfiguration());
		table.configure();
		for (ElementColumn column : columns) {
			bodyData.setColumnWidthByPosition(column.ordinal(), column == ElementColumn.NAME ? 220 : 110);
		}
	}

	public NatTable control() {
		return table;
	}

	/** Rebuilds the rows from the model, keeping the sort. */
	public void refresh() {
		reload();
		if (!table.isDisposed()) {
			table.refresh();
		}
	}

	private void reload() {
		rows.clear();
		rows.addAll(circuit.getComponents());
		rows.addAll(circuit.getConnections());
		sortModel.apply();
	}

	/** The rows as shown, for tests. */
	public List<CircuitElement> rows() {
		return List.copyOf(rows);
	}

	/** Sorts as a click on the header does. */
	public void sort(ElementColumn column, boolean ascending) {
		sortModel.sort(column.ordinal(), ascending ? org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum.ASC
				: org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum.DESC, false);
		table.refresh();
	}

	/** Writes a cell as the cell editor does on commit. */
	public void setValue(CircuitElement element, ElementColumn column, Object value) {
		EStructuralFeature feature = column.editedFeature(element);
		if (feature != null) {
			var command = CircuitCommands.set(domain, element, feature, value);
			if (command.canExecute()) {
				domain.getCommandStack().execute(command);
			}
		}
	}

	private final class Accessor implements IColumnPropertyAccessor<CircuitElement> {
		@Override
		public Object getDataValue(CircuitElement row, int column) {
			return ElementColumn.values()[column].value(row);
		}

		@Override
		public void setDataValue(CircuitElement row, int column, Object value) {
			setValue(row, ElementColumn.values()[column], value);
		}

		@Override
		public int getColumnCount() {
			return ElementColumn.values().length;
		}

		@Override
		public String getColumnProperty(int column) {
			return ElementColumn.values()[column].name();
		}

		@Override
		public int getColumnIndex(String property) {
			return ElementColumn.valueOf(property).ordinal();
		}
	}

	private final class EditingConfiguration extends AbstractRegistryConfiguration {
		@Override
		public void configureRegistry(IConfigRegistry registry) {
			registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, new EditableRule() {
				@Override
				public boolean isEditable(int columnIndex, int rowIndex) {
					return rowIndex >= 0 && rowIndex < rows.size()
							&& ElementColumn.values()[columnIndex].editedFeature(rows.get(rowIndex)) != null;
				}
			});
			registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new DefaultDoubleDisplayConverter(),
					DisplayMode.NORMAL, NUMBER);
			registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new DefaultDoubleDisplayConverter(),
					DisplayMode.EDIT, NUMBER);
		}
	}
}
