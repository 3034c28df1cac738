package org.eccworkbench.ui.editor.internal.editor;

import java.nio.file.Path;
import java.util.Optional;

import org.eccworkbench.model.resource.CircuitFiles;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.SaveAsDialog;

/** Asks where to save: a workspace file for circuits in the workspace, any file otherwise. */
final class SaveAsTarget {

	private SaveAsTarget() {
	}

	static Optional<Path> ask(Shell shell, Path current) {
		Optional<IFile> inWorkspace = EditorInputs.workspaceFile(current);
		if (inWorkspace.isPresent()) {
			SaveAsDialog dialog = new SaveAsDialog(shell);
			dialog.setOriginalFile(inWorkspace.get());
			if (dialog.open() != SaveAsDialog.OK || dialog.getResult() == null) {
				return Optional.empty();
			}
			IPath path = dialog.getResult();
			if (!CircuitFiles.FILE_EXTENSION.equals(path.getFileExtension())) {
				path = path.addFileExtension(CircuitFiles.FILE_EXTENSION);
			}
			IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(path);
			return Optional.ofNullable(file.getLocation()).map(IPath::toPath);
		}
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*." + CircuitFiles.FILE_EXTENSION }); //$NON-NLS-1$
		dialog.setFileName(current.getFileName().toString());
		dialog.setFilterPath(current.toAbsolutePath().getParent().toString());
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		return Optional.ofNullable(chosen).map(Path::of);
	}
}
