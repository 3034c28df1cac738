package org.eccworkbench.ui.editor.internal.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eccworkbench.model.circuit.CircuitElement;
import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;

/** Sorting of the Components page by one column, ascending or descending; numbers sort as numbers. */
final class ElementSortModel implements ISortModel {

	private final List<CircuitElement> rows;
	private int column = -1;
	private SortDirectionEnum direction = SortDirectionEnum.NONE;

	ElementSortModel(List<CircuitElement> rows) {
		this.rows = rows;
	}

	@Override
	public List<Integer> getSortedColumnIndexes() {
		return column < 0 || direction == SortDirectionEnum.NONE ? List.of() : List.of(column);
	}

	@Override
	public boolean isColumnIndexSorted(int columnIndex) {
		return columnIndex == column && direction != SortDirectionEnum.NONE;
	}

	@Override
	public SortDirectionEnum getSortDirection(int columnIndex) {
		return columnIndex == column ? direction : SortDirectionEnum.NONE;
	}

	@Override
	public int getSortOrder(int columnIndex) {
		return isColumnIndexSorted(columnIndex) ? 0 : -1;
	}

	@SuppressWarnings("rawtypes")
	@Override
	public List<Comparator> getComparatorsForColumnIndex(int columnIndex) {
		return new ArrayList<>(List.of(getColumnComparator(columnIndex)));
	}

	@Override
	public Comparator<?> getColumnComparator(int columnIndex) {
		return comparator(ElementColumn.values()[columnIndex]);
	}

	@Override
	public void sort(int columnIndex, SortDirectionEnum sortDirection, boolean accumulate) {
		column = columnIndex;
		direction = sortDirection;
		apply();
	}

	@Override
	public void clear() {
		column = -1;
		direction = SortDirectionEnum.NONE;
	}

	/** Sorts the rows again, after they were rebuilt. */
	void apply() {
		if (column < 0 || direction == SortDirectionEnum.NONE) {
			return;
		}
		Comparator<CircuitElement> order = comparator(ElementColumn.values()[column]);
		rows.sort(direction == SortDirectionEnum.DESC ? order.reversed() : order);
	}

	private static Comparator<CircuitElement> comparator(ElementColumn column) {
		return (a, b) -> compare(column.value(a), column.value(b));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static int compare(Object a, Object b) {
		if (a == null || b == null) {
			return a == null ? (b == null ? 0 : 1) : -1;
		}
		if (a instanceof Comparable ca && a.getClass() == b.getClass()) {
			return ca.compareTo(b);
		}
		return a.toString().compareToIgnoreCase(b.toString());
	}
}
