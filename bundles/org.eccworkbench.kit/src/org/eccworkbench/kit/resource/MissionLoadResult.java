package org.eccworkbench.kit.resource;

import java.util.List;
import java.util.Optional;

import org.eccworkbench.kit.mission.Mission;
import org.eccworkbench.model.resource.FileProblem;

/** The mission read from a file, or the problems that kept it from being read; never both. */
public record MissionLoadResult(Optional<Mission> mission, List<FileProblem> problems) {

	public MissionLoadResult {
		problems = List.copyOf(problems);
		if (mission.isPresent() == !problems.isEmpty()) {
			throw new IllegalArgumentException("a mission xor problems");
		}
	}

	public boolean ok() {
		return mission.isPresent();
	}
}
