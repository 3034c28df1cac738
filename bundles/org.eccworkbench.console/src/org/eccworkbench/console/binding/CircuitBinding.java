package org.eccworkbench.console.binding;

import java.util.List;
import java.util.Optional;

/**
 * Which console module drives or measures which component of a circuit. Kept beside the circuit
 * (the EMF model does not hold it), and checked by {@link BindingValidator}.
 */
public record CircuitBinding(List<ModuleBinding> bindings) {

	public CircuitBinding {
		bindings = List.copyOf(bindings);
	}

	/** The module bound to {@code componentId}, if any. */
	public Optional<String> moduleOf(String componentId) {
		return bindings.stream().filter(b -> b.componentId().equals(componentId)).map(ModuleBinding::moduleId).findFirst();
	}
}
