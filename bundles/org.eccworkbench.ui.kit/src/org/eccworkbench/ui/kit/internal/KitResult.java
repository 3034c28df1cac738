package org.eccworkbench.ui.kit.internal;

import java.util.Optional;

import org.eccworkbench.kit.pack.PackingResult;
import org.eccworkbench.kit.plan.KitPlan;
import org.eclipse.core.resources.IFile;

/**
 * One computation of a mission's kit: the plan and its packing, or why the planner could not
 * compute them. {@code generation} counts the computations of the editor, so that a late result
 * never replaces a newer one.
 */
record KitResult(IFile file, String missionName, long generation, Optional<KitPlan> plan,
		Optional<PackingResult> packing, Optional<String> failure) {

	static KitResult computed(IFile file, long generation, KitPlan plan, PackingResult packing) {
		return new KitResult(file, plan.mission().getName(), generation, Optional.of(plan), Optional.of(packing),
				Optional.empty());
	}

	static KitResult failed(IFile file, String name, long generation, String failure) {
		return new KitResult(file, name, generation, Optional.empty(), Optional.empty(), Optional.of(failure));
	}
}
