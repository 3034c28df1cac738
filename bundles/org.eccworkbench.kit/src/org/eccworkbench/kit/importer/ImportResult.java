package org.eccworkbench.kit.importer;

import java.util.List;

/** How many rows were imported, and every bad row with its row and column. */
public record ImportResult(int imported, List<String> problems) {

	public ImportResult {
		problems = List.copyOf(problems);
	}
}
