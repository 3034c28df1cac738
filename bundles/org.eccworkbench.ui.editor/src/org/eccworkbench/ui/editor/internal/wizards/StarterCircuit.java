package org.eccworkbench.ui.editor.internal.wizards;

import org.eccworkbench.model.circuit.Circuit;

/** What a new circuit starts from: nothing, or a shipped template. */
public interface StarterCircuit {

	String label();

	String description();

	/**
	 * A new circuit: the empty one is named {@code name}; a template keeps its own name, patient
	 * and case.
	 *
	 * @throws java.io.UncheckedIOException when a template cannot be read
	 */
	Circuit create(String name);
}
