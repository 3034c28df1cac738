package org.eccworkbench.model.resource;

import java.util.List;
import java.util.Optional;

import org.eccworkbench.model.circuit.Circuit;

/**
 * The outcome of reading an {@code .ecc} file: the circuit, or the problems that kept it from being
 * read. Never both: a file with any problem yields no circuit, so nothing works on half a file.
 */
public record LoadResult(Optional<Circuit> circuit, List<FileProblem> problems) {

	public LoadResult {
		problems = List.copyOf(problems);
		if (circuit.isPresent() == !problems.isEmpty()) {
			throw new IllegalArgumentException("a circuit xor problems");
		}
	}

	public boolean ok() {
		return circuit.isPresent();
	}
}
