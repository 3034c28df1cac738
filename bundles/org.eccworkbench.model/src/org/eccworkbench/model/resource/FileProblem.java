package org.eccworkbench.model.resource;

import java.nio.file.Path;

/**
 * A problem found in a file, where it is: {@code line} and {@code column} count from 1, and are 0
 * when the problem concerns the whole file.
 */
public record FileProblem(Path file, int line, int column, String message) {

	/** For example {@code adult.ecc:12:7: unknown element 'pumpp'}. */
	@Override
	public String toString() {
		String place = line > 0 ? file.getFileName() + ":" + line + (column > 0 ? ":" + column : "") : file.getFileName().toString();
		return place + ": " + message;
	}
}
