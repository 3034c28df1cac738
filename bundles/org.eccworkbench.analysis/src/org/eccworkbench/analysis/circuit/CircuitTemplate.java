package org.eccworkbench.analysis.circuit;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Objects;

/**
 * A circuit template contributed to {@code org.eccworkbench.analysis.templates}: an {@code .ecc}
 * file shipped in a bundle, with the id users name it by (for example {@code adult}).
 */
public record CircuitTemplate(String id, String name, String description, String contributor, URL file) {

	public CircuitTemplate {
		Objects.requireNonNull(id);
		Objects.requireNonNull(name);
		Objects.requireNonNull(description);
		Objects.requireNonNull(contributor);
		Objects.requireNonNull(file);
	}

	/** The bytes of the template's file. */
	public byte[] content() throws IOException {
		try (InputStream in = file.openStream()) {
			return in.readAllBytes();
		}
	}
}
