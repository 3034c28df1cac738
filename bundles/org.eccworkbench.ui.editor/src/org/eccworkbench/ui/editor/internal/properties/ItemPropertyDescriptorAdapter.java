package org.eccworkbench.ui.editor.internal.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/** A property of the standard property sheet over an EMF.Edit item property descriptor. */
final class ItemPropertyDescriptorAdapter implements IPropertyDescriptor {

	private final Object object;
	private final IItemPropertyDescriptor item;

	ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor item) {
		this.object = object;
		this.item = item;
	}

	IItemPropertyDescriptor item() {
		return item;
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		if (!item.canSetProperty(object) || item.isMany(object)) {
			return null;
		}
		Object feature = item.getFeature(object);
		Collection<?> choices = item.getChoiceOfValues(object);
		if (choices != null && !choices.isEmpty()) {
			return new ChoiceCellEditor(parent, new ArrayList<>(choices), getLabelProvider());
		}
		if (feature instanceof EAttribute attribute) {
			EDataType type = attribute.getEAttributeType();
			if (type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class) {
				return new ChoiceCellEditor(parent, List.of(Boolean.TRUE, Boolean.FALSE), getLabelProvider());
			}
			return new DataTypeCellEditor(parent, attribute);
		}
		return null;
	}

	@Override
	public String getCategory() {
		return item.getCategory(object);
	}

	@Override
	public String getDescription() {
		return item.getDescription(object);
	}

	@Override
	public String getDisplayName() {
		// The model's edit labels carry their units ("Length (m)").
		return item.getDisplayName(object);
	}

	@Override
	public String[] getFilterFlags() {
		return item.getFilterFlags(object);
	}

	@Override
	public Object getHelpContextIds() {
		return item.getHelpContextIds(object);
	}

	@Override
	public Object getId() {
		return item.getId(object);
	}

	@Override
	public ILabelProvider getLabelProvider() {
		IItemLabelProvider labels = item.getLabelProvider(object);
		return new LabelProvider() {
			@Override
			public String getText(Object element) {
				return labels.getText(element);
			}
		};
	}

	@Override
	public boolean isCompatibleWith(IPropertyDescriptor other) {
		return false;
	}

	/** A drop-down of the allowed values (enumerations, booleans, references). */
	private static final class ChoiceCellEditor extends ComboBoxCellEditor {
		private final List<?> values;

		ChoiceCellEditor(Composite parent, List<?> values, ILabelProvider labels) {
			super(parent, values.stream().map(labels::getText).toArray(String[]::new), SWT.READ_ONLY);
			this.values = values;
		}

		@Override
		protected Object doGetValue() {
			Integer index = (Integer) super.doGetValue();
			return index == null || index < 0 || index >= values.size() ? null : values.get(index);
		}

		@Override
		protected void doSetValue(Object value) {
			super.doSetValue(Math.max(0, values.indexOf(value)));
		}
	}

	/** Text typed in, converted to the attribute's data type; a value that does not convert is refused. */
	private static final class DataTypeCellEditor extends TextCellEditor {
		private final EDataType type;

		DataTypeCellEditor(Composite parent, EAttribute attribute) {
			super(parent);
			type = attribute.getEAttributeType();
			setValidator(value -> TextValues.problem(type, (String) value));
		}

		@Override
		protected Object doGetValue() {
			return TextValues.parse(type, (String) super.doGetValue());
		}

		@Override
		protected void doSetValue(Object value) {
			super.doSetValue(TextValues.format(type, value));
		}
	}
}
