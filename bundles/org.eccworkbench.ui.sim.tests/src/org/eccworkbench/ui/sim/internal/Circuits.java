package org.eccworkbench.ui.sim.internal;

import java.nio.file.Path;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.resource.CircuitFiles;

/** The shipped circuits the tests use, read from the source tree. */
final class Circuits {

	private Circuits() {
	}

	static Path source(String relative) {
		return Path.of(System.getProperty("eccw.source.root"), relative);
	}

	static Path adultTemplate() {
		return source("bundles/org.eccworkbench.analysis/templates/adult.ecc");
	}

	static Path simExample() {
		return source("bundles/org.eccworkbench.sim/examples/adult-cpb.ecc");
	}

	static Circuit load(Path file) {
		return CircuitFiles.load(file).circuit().orElseThrow();
	}

	static Component part(Circuit circuit, String id) {
		return circuit.getComponents().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow(() -> new AssertionError(id));
	}
}
