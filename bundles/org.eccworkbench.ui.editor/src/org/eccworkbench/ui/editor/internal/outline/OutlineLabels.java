package org.eccworkbench.ui.editor.internal.outline;

import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.Port;
import org.eccworkbench.ui.editor.internal.diagram.Labels;

/** Outline text: a part by its name and id, a line by its id and the ports it joins. */
final class OutlineLabels {

	private OutlineLabels() {
	}

	static String of(Object element) {
		if (element instanceof Component component) {
			String label = Labels.of(component);
			return label.equals(component.getId()) ? label : label + " (" + component.getId() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (element instanceof Connection connection) {
			return connection.getId() + ": " + port(connection.getSource()) + " \u2192 " + port(connection.getTarget()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return String.valueOf(element);
	}

	private static String port(Port port) {
		return port == null ? "?" : port.getId(); //$NON-NLS-1$
	}
}
