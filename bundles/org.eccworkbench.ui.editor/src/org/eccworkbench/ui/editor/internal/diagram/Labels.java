package org.eccworkbench.ui.editor.internal.diagram;

import org.eccworkbench.model.circuit.CircuitElement;

/** The text under a part. */
public final class Labels {

	/** Room under a box for its label, in pixels. */
	public static final double LABEL_SPACE = 16;
	public static final double LABEL_SIZE = 10;

	private Labels() {
	}

	public static String of(CircuitElement element) {
		String name = element.getName();
		if (name != null && !name.isBlank()) {
			return name;
		}
		return element.getId() == null ? "" : element.getId(); //$NON-NLS-1$
	}
}
