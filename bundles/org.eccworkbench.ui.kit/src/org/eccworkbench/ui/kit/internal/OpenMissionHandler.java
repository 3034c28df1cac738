package org.eccworkbench.ui.kit.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

/**
 * File > Open Mission: links the chosen {@code .eccmission} file into the workspace project
 * {@value #PROJECT} (the file stays where it is) and opens it in the mission editor, so that the
 * kit's problems can be markers on it.
 */
public final class OpenMissionHandler extends AbstractHandler {

	static final String PROJECT = "Missions";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.eccmission", "*" });
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		try {
			IDE.openEditor(page, linked(Path.of(chosen)), MissionEditor.ID);
		} catch (CoreException e) {
			MessageDialog.openError(shell, Messages.Open_failedTitle, NLS.bind(Messages.Open_failed, chosen, e.getMessage()));
		}
		return null;
	}

	/** The workspace file linked to {@code file}, created when the project does not link it yet. */
	static IFile linked(Path file) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (!project.exists()) {
			project.create(null);
		}
		if (!project.isOpen()) {
			project.open(null);
		}
		IPath location = IPath.fromPath(file.toAbsolutePath().normalize());
		String name = file.getFileName().toString();
		String base = name.endsWith(".eccmission") ? name.substring(0, name.length() - ".eccmission".length()) : name;
		IFile linked = project.getFile(name);
		for (int n = 2; linked.exists() && !location.equals(linked.getLocation()); n++) {
			linked = project.getFile(base + "-" + n + ".eccmission");
		}
		if (!linked.exists()) {
			linked.createLink(location, IResource.NONE, null);
		}
		return linked;
	}
}
