package org.eccworkbench.kit.plan;

import java.nio.file.Path;

import org.eccworkbench.kit.mission.Mission;

/**
 * Where a mission's circuits come from: the team's own folder when the mission names one
 * ({@code templateFolder}, relative to the mission file), else the shipped templates.
 */
public final class MissionCircuits {

	private MissionCircuits() {
	}

	public static CircuitSource of(Mission mission, Path missionFile) {
		String folder = mission.getTemplateFolder();
		if (folder == null || folder.isBlank()) {
			return TemplateCircuitSource.contributed();
		}
		return new FolderCircuitSource(missionFile.toAbsolutePath().getParent().resolve(folder).normalize());
	}
}
