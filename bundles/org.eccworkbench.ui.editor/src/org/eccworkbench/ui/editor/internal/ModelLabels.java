package org.eccworkbench.ui.editor.internal;

import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;

/**
 * Names of model types and enumeration values in the user's language ({@code Kind_Reservoir},
 * {@code LineRole_VENOUS} in labels.properties); the model's own spelling when there is none.
 */
public final class ModelLabels {

	static final String BUNDLE_NAME = "org.eccworkbench.ui.editor.internal.labels"; //$NON-NLS-1$

	private ModelLabels() {
	}

	public static String kind(EClass type) {
		return text("Kind_" + type.getName(), type.getName()); //$NON-NLS-1$
	}

	public static String literal(Enumerator value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		String type = value instanceof Enum<?> constant ? constant.getDeclaringClass().getSimpleName()
				: value.getClass().getSimpleName();
		return text(type + "_" + value.getName(), value.getLiteral()); //$NON-NLS-1$
	}

	static String text(String key, String fallback) {
		try {
			return ResourceBundle.getBundle(BUNDLE_NAME).getString(key);
		} catch (MissingResourceException e) {
			return fallback;
		}
	}
}
