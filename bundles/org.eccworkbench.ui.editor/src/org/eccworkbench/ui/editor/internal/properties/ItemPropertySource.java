package org.eccworkbench.ui.editor.internal.properties;

import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * The properties of a model object from its generated item provider. Values are set through the
 * item descriptors, which execute a {@code SetCommand} on the object's editing domain, so property
 * edits are undoable like every other edit.
 */
public final class ItemPropertySource implements IPropertySource {

	private final Object object;
	private final IItemPropertySource source;

	ItemPropertySource(Object object, IItemPropertySource source) {
		this.object = object;
		this.source = source;
	}

	/** Property sources for every object an item provider adapts. */
	public static IPropertySourceProvider provider(AdapterFactory factory) {
		return object -> {
			if (object instanceof IPropertySource ready) {
				return ready;
			}
			Object adapter = factory.adapt(object, IItemPropertySource.class);
			return adapter instanceof IItemPropertySource items ? new ItemPropertySource(object, items) : null;
		};
	}

	@Override
	public Object getEditableValue() {
		return source.getEditableValue(object);
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IItemPropertyDescriptor> items = source.getPropertyDescriptors(object);
		return items.stream().map(d -> new ItemPropertyDescriptorAdapter(object, d))
				.toArray(IPropertyDescriptor[]::new);
	}

	private IItemPropertyDescriptor descriptor(Object id) {
		return source.getPropertyDescriptor(object, id);
	}

	@Override
	public Object getPropertyValue(Object id) {
		Object value = descriptor(id).getPropertyValue(object);
		return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
	}

	@Override
	public boolean isPropertySet(Object id) {
		return descriptor(id).isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		descriptor(id).resetPropertyValue(object);
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		descriptor(id).setPropertyValue(object, value);
	}
}
