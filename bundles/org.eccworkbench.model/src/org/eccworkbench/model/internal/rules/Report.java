package org.eccworkbench.model.internal.rules;

import org.eccworkbench.model.validation.CircuitRule;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

/** Adds the diagnostics of the rules: the offending element first in the data, the rule last. */
final class Report {

	private Report() {
	}

	/** Reports a breach of {@code rule} with its severity; false, as the invariant does not hold. */
	static boolean breach(CircuitRule rule, DiagnosticChain diagnostics, EObject element, String message,
			Object... related) {
		add(rule.severity(), rule, diagnostics, element, message, related);
		return false;
	}

	/** Reports that {@code rule} cannot be checked, as information; true, as nothing is known to be wrong. */
	static boolean cannotCheck(CircuitRule rule, DiagnosticChain diagnostics, EObject element, String reason) {
		add(Diagnostic.INFO, rule, diagnostics, element, NLS.bind(RuleMessages.cannotCheck, reason));
		return true;
	}

	private static void add(int severity, CircuitRule rule, DiagnosticChain diagnostics, EObject element,
			String message, Object... related) {
		if (diagnostics == null) {
			return;
		}
		Object[] data = new Object[related.length + 2];
		data[0] = element;
		System.arraycopy(related, 0, data, 1, related.length);
		data[data.length - 1] = rule;
		diagnostics.add(new BasicDiagnostic(severity, CircuitRule.SOURCE, rule.code(), message, data));
	}
}
