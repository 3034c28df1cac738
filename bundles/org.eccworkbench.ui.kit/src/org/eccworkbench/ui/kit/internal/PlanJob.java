package org.eccworkbench.ui.kit.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.kit.mission.Mission;
import org.eccworkbench.kit.pack.Packer;
import org.eccworkbench.kit.pack.PackingResult;
import org.eccworkbench.kit.plan.MissionCircuits;
import org.eccworkbench.kit.plan.ItemTable;
import org.eccworkbench.kit.plan.KitPlan;
import org.eccworkbench.kit.plan.KitPlanner;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

/**
 * Plans and packs a copy of a mission off the UI thread (as {@code eccw kit plan} does), replaces
 * the mission file's kit markers, and hands the result to the UI thread.
 */
final class PlanJob extends Job {

	/** The family of every plan job, to wait for them. */
	static final Object FAMILY = PlanJob.class;

	private static ItemTable items;

	private final IFile file;
	private final Path path;
	private final Mission mission;
	private final long generation;
	private final Consumer<KitResult> done;

	PlanJob(String name, IFile file, Path path, Mission mission, long generation, Consumer<KitResult> done) {
		super(name);
		this.file = file;
		this.path = path;
		this.mission = mission;
		this.generation = generation;
		this.done = done;
		setSystem(true);
		if (file != null) {
			setRule(file);
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	private static synchronized ItemTable items() {
		if (items == null) {
			items = ItemTable.shipped(CatalogRegistry.contributed());
		}
		return items;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		KitResult result;
		List<KitMarkers.Problem> problems;
		try {
			KitPlan plan = new KitPlanner(items(), MissionCircuits.of(mission, path)).plan(mission);
			PackingResult packing = new Packer().pack(plan);
			result = KitResult.computed(file, generation, plan, packing);
			problems = KitMarkers.problems(plan, packing);
		} catch (RuntimeException e) {
			String message = NLS.bind(Messages.Job_planFailed, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
			result = KitResult.failed(file, mission.getName(), generation, message);
			problems = List.of(new KitMarkers.Problem(IMarker.SEVERITY_ERROR, KitMarkers.PLAN, message));
		}
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		if (file != null) {
			try {
				KitMarkers.replace(file, problems);
			} catch (CoreException e) {
				return e.getStatus();
			}
		}
		KitResult computed = result;
		Display display = Display.getDefault();
		if (!display.isDisposed()) {
			display.asyncExec(() -> done.accept(computed));
		}
		return Status.OK_STATUS;
	}
}
