package org.eccworkbench.model.internal.rules;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.eccworkbench.model.circuit.Cannula;
import org.eccworkbench.model.circuit.CircuitElement;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.LineRole;
import org.eccworkbench.model.circuit.Oxygenator;
import org.eccworkbench.model.validation.CircuitFacts;
import org.eccworkbench.model.validation.CircuitRule;
import org.eccworkbench.model.validation.FlowCapacity;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.osgi.util.NLS;

/**
 * Rules that compare a part's flow capacity with the target flow. Both come from the
 * {@link CircuitFacts} in the validation context: the rated flow of oxygenators (their 510(k)
 * clearances; it can depend on the reservoir, Capiox RX IFU), the flow of cannulae and tubes at
 * the accepted pressure drop (docs/model.md, "Flow facts") and the target flow CI × BSA
 * (docs/clinical-formulas.md). Without the
 * facts, or without a figure, the rule says it cannot check, as information.
 */
public final class FlowRules {

	private FlowRules() {
	}

	public static boolean oxygenatorRatedFlow(Oxygenator oxygenator, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		return check(CircuitRule.OXYGENATOR_RATED_FLOW, oxygenator, diagnostics, context);
	}

	public static boolean cannulaFlow(Cannula cannula, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return check(CircuitRule.CANNULA_FLOW, cannula, diagnostics, context);
	}

	/** Only the arterial and venous segments of tubing carry the whole flow. */
	public static boolean tubeFlow(Connection connection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (connection.getRole() != LineRole.ARTERIAL && connection.getRole() != LineRole.VENOUS
				|| !(connection.getInternalDiameterInch() > 0) || !CircuitIndex.isBlood(connection)) {
			return true;
		}
		return check(CircuitRule.TUBE_FLOW, connection, diagnostics, context);
	}

	private static boolean check(CircuitRule rule, CircuitElement element, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		Optional<CircuitFacts> facts = CircuitFacts.in(context);
		if (facts.isEmpty()) {
			return Report.cannotCheck(rule, diagnostics, element, RuleMessages.cannotCheck_noFacts);
		}
		var circuit = CircuitIndex.circuitOf(element);
		if (circuit == null) {
			return true;
		}
		OptionalDouble target = facts.get().targetFlowLMin(circuit);
		if (target.isEmpty()) {
			return Report.cannotCheck(rule, diagnostics, element, RuleMessages.cannotCheck_noTarget);
		}
		Optional<FlowCapacity> capacity = facts.get().flowCapacity(element);
		if (capacity.isEmpty()) {
			return Report.cannotCheck(rule, diagnostics, element, RuleMessages.cannotCheck_noFigure);
		}
		double flow = target.getAsDouble();
		FlowCapacity known = capacity.get();
		if (known.exceededBy(flow)) {
			return Report.breach(rule, diagnostics, element, NLS.bind(RuleMessages.flow_below, new Object[] {
					Format.plain(known.atMostLMin().getAsDouble()), Format.plain(flow), known.basis() }));
		}
		if (known.carries(flow)) {
			return true;
		}
		return Report.cannotCheck(rule, diagnostics, element,
				NLS.bind(RuleMessages.cannotCheck_bounds, Format.plain(flow), known.basis()));
	}
}
