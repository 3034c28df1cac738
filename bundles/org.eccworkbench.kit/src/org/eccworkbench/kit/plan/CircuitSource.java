package org.eccworkbench.kit.plan;

import java.util.Optional;

import org.eccworkbench.model.circuit.Circuit;

/**
 * Where the planner gets the circuit of a template name ({@code neonatal}, {@code paediatric},
 * {@code va-ecmo}, ...). The planner only reads the circuit: its bill of materials, its safety
 * devices.
 */
public interface CircuitSource {

	/** The circuit of {@code template}, or empty when there is none; problems go to {@link #problems}. */
	Optional<Circuit> circuit(String template);

	/** What went wrong reading templates, one line each. */
	java.util.List<String> problems();
}
