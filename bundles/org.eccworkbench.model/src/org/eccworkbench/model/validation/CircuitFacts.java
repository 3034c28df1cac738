package org.eccworkbench.model.validation;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.CircuitElement;
import org.eccworkbench.model.circuit.Reservoir;

/**
 * What the rules need to know beyond the model: product figures and the target flow. The model
 * does not depend on the catalog or the formulas; a caller that has them (the analysis bundle's
 * catalog-backed implementation) puts an instance into the validation context under
 * {@link #CONTEXT_KEY}. Without it the rules that need these facts report "cannot check" as
 * information, never silence.
 */
public interface CircuitFacts {

	/** The key of the facts in the validation context map. */
	String CONTEXT_KEY = CircuitFacts.class.getName();

	/** The target blood flow in L/min for the circuit's patient and case, when it can be computed. */
	OptionalDouble targetFlowLMin(Circuit circuit);

	/**
	 * The flow {@code element} can carry (an oxygenator's rated flow, a cannula's or a tube's flow
	 * at the accepted pressure drop), when a source gives it.
	 */
	Optional<FlowCapacity> flowCapacity(CircuitElement element);

	/** The manufacturer's minimum operating level of the reservoir's product in mL, when known. */
	OptionalDouble productMinimumLevelMl(Reservoir reservoir);

	/** The facts in a validation context, if the caller put some there. */
	static Optional<CircuitFacts> in(Map<Object, Object> context) {
		return context != null && context.get(CONTEXT_KEY) instanceof CircuitFacts facts ? Optional.of(facts)
				: Optional.empty();
	}
}
