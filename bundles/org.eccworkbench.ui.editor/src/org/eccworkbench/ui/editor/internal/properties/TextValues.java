package org.eccworkbench.ui.editor.internal.properties;

import org.eccworkbench.ui.editor.internal.Messages;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

/** Values typed as text, for attributes of any data type; an empty text clears an optional value. */
public final class TextValues {

	private TextValues() {
	}

	public static String format(EDataType type, Object value) {
		return value == null ? "" : EcoreUtil.convertToString(type, value); //$NON-NLS-1$
	}

	public static Object parse(EDataType type, String text) {
		String trimmed = text == null ? "" : text.trim(); //$NON-NLS-1$
		if (trimmed.isEmpty()) {
			return type.getDefaultValue();
		}
		return EcoreUtil.createFromString(type, trimmed.replace(',', isNumber(type) ? '.' : ','));
	}

	/** Why {@code text} is not a value of {@code type}, or null when it is. */
	public static String problem(EDataType type, String text) {
		try {
			parse(type, text);
			return null;
		} catch (RuntimeException e) {
			return NLS.bind(Messages.Value_invalid, text);
		}
	}

	private static boolean isNumber(EDataType type) {
		Class<?> c = type.getInstanceClass();
		return c != null && (Number.class.isAssignableFrom(c) || c == double.class || c == int.class
				|| c == float.class || c == long.class);
	}
}
