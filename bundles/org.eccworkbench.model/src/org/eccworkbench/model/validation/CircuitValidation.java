package org.eccworkbench.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eccworkbench.model.circuit.Circuit;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;

/**
 * Validates a circuit through EMF's {@link Diagnostician}, which runs the generated
 * {@code CircuitValidator} and with it every {@link CircuitRule}.
 */
public final class CircuitValidation {

	private CircuitValidation() {
	}

	/** Validates {@code circuit}; {@code facts} may be null (the rules needing them then say so). */
	public static Diagnostic validate(Circuit circuit, CircuitFacts facts) {
		Map<Object, Object> context = Diagnostician.INSTANCE.createDefaultContext();
		if (facts != null) {
			context.put(CircuitFacts.CONTEXT_KEY, facts);
		}
		return Diagnostician.INSTANCE.validate(circuit, context);
	}

	/** Every leaf diagnostic of {@code root} that is not OK, in order. */
	public static List<Diagnostic> findings(Diagnostic root) {
		List<Diagnostic> leaves = new ArrayList<>();
		collect(root, leaves);
		return leaves;
	}

	private static void collect(Diagnostic diagnostic, List<Diagnostic> leaves) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() != Diagnostic.OK) {
				leaves.add(diagnostic);
			}
			return;
		}
		diagnostic.getChildren().forEach(child -> collect(child, leaves));
	}

	/** The element a diagnostic is about: its first data object, when that is a model object. */
	public static EObject element(Diagnostic diagnostic) {
		return !diagnostic.getData().isEmpty() && diagnostic.getData().get(0) instanceof EObject object ? object : null;
	}
}
