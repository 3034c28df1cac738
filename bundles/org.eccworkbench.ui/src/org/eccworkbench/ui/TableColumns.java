package org.eccworkbench.ui;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;

/**
 * A column of a table viewer whose rows are {@code T}, its text, colours and font given as
 * functions of the row ({@code null} for the table's own); shared by the views that list channels
 * and alarms.
 */
public final class TableColumns {

	private TableColumns() {
	}

	/** Adds a column; {@code font} may be null for the table's font on every row. */
	public static <T> TableViewerColumn add(TableViewer viewer, Class<T> rowType, String title, int width, int style,
			Function<T, String> text, Function<T, Color> background, Function<T, Color> foreground,
			Function<T, Font> font) {
		TableViewerColumn column = new TableViewerColumn(viewer, style);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(rowType.cast(element));
			}

			@Override
			public Color getBackground(Object element) {
				return background.apply(rowType.cast(element));
			}

			@Override
			public Color getForeground(Object element) {
				return foreground.apply(rowType.cast(element));
			}

			@Override
			public Font getFont(Object element) {
				return font == null ? null : font.apply(rowType.cast(element));
			}
		});
		return column;
	}
}
