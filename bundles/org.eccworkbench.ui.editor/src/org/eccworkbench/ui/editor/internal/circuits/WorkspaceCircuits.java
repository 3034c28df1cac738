package org.eccworkbench.ui.editor.internal.circuits;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eccworkbench.model.resource.CircuitFiles;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;

/** The {@code .ecc} files of the workspace's open projects. */
final class WorkspaceCircuits {

	private WorkspaceCircuits() {
	}

	static List<IProject> projects() {
		return Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects()).filter(IProject::isOpen).toList();
	}

	static List<IFile> circuits(IProject project) {
		List<IFile> files = new ArrayList<>();
		try {
			project.accept(resource -> {
				if (resource instanceof IFile file && CircuitFiles.FILE_EXTENSION.equals(file.getFileExtension())) {
					files.add(file);
				}
				return resource.getType() != IResource.FILE && !resource.getName().startsWith("."); //$NON-NLS-1$
			});
		} catch (CoreException e) {
			ILog.of(WorkspaceCircuits.class).log(e.getStatus());
		}
		files.sort((a, b) -> a.getProjectRelativePath().toString().compareToIgnoreCase(b.getProjectRelativePath().toString()));
		return files;
	}
}
