package org.eccworkbench.ui.kit.internal;

import java.util.ArrayList;
import java.util.List;

import org.eccworkbench.kit.pack.PackingResult;
import org.eccworkbench.kit.plan.Finding;
import org.eccworkbench.kit.plan.KitPlan;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

/**
 * The plan's problems as markers on the mission file (Problems view): the planner's findings
 * (shortages, lots that expire before the return, missing templates) and the broken transport limits. Each computation
 * replaces the markers of the previous one.
 */
final class KitMarkers {

	static final String TYPE = "org.eccworkbench.ui.kit.kitProblem";
	static final String KIND = "kind";
	/** A broken transport limit. */
	static final String LIMIT = "limit";
	/** A finding of the planner: a shortage, an expiring lot, a missing template, a case moved up. */
	static final String PLAN = "plan";

	/** A marker to create. */
	record Problem(int severity, String kind, String message) {
	}

	private KitMarkers() {
	}

	static List<Problem> problems(KitPlan plan, PackingResult packing) {
		List<Problem> problems = new ArrayList<>();
		for (String limit : packing.brokenLimits()) {
			problems.add(new Problem(IMarker.SEVERITY_ERROR, LIMIT, limit));
		}
		for (Finding f : plan.findings()) {
			int severity = switch (f.severity()) {
			case BLOCKING -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			case INFO -> IMarker.SEVERITY_INFO;
			};
			problems.add(new Problem(severity, PLAN, f.message()));
		}
		return problems;
	}

	/** Replaces the kit markers of {@code file} by {@code problems}. */
	static void replace(IFile file, List<Problem> problems) throws CoreException {
		if (!file.exists()) {
			return;
		}
		file.getWorkspace().run(monitor -> {
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			for (Problem p : problems) {
				IMarker marker = file.createMarker(TYPE);
				marker.setAttribute(IMarker.SEVERITY, p.severity());
				marker.setAttribute(IMarker.MESSAGE, p.message());
				marker.setAttribute(KIND, p.kind());
			}
		}, file, 0, null);
	}
}
