package org.eccworkbench.ui.editor.internal.validation;

import java.util.ArrayList;
import java.util.List;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.CircuitElement;
import org.eccworkbench.model.circuit.Port;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;

/**
 * Runs the validators the model registers ({@code Diagnostician.INSTANCE}) and reduces the result
 * to findings: a severity, a message and the circuit element it concerns.
 */
public final class CircuitValidation {

	/** One problem the validator reports; {@code element} is null when it concerns the whole circuit. */
	public record Finding(int severity, String message, CircuitElement element) {
	}

	private CircuitValidation() {
	}

	public static List<Finding> validate(Circuit circuit) {
		List<Finding> findings = new ArrayList<>();
		collect(Diagnostician.INSTANCE.validate(circuit), findings);
		return findings;
	}

	private static void collect(Diagnostic diagnostic, List<Finding> findings) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
				findings.add(new Finding(diagnostic.getSeverity(), diagnostic.getMessage(), elementOf(diagnostic)));
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, findings);
		}
	}

	/** The component or connection the diagnostic's first object is, or belongs to. */
	private static CircuitElement elementOf(Diagnostic diagnostic) {
		for (Object data : diagnostic.getData()) {
			if (data instanceof EObject object) {
				for (EObject e = object; e != null; e = e.eContainer()) {
					if (e instanceof CircuitElement element) {
						return element;
					}
					if (e instanceof Port port && port.getComponent() != null) {
						return port.getComponent();
					}
				}
			}
		}
		return null;
	}
}
