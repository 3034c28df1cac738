package org.eccworkbench.ui.editor.internal.wizards;

import org.eccworkbench.model.circuit.Circuit;

/** What a new circuit starts from: nothing, a loop built in code, or (later) a template. */
public interface StarterCircuit {

	String label();

	String description();

	/** A new circuit named {@code name}. */
	Circuit create(String name);
}
