package org.eccworkbench.ui.editor.internal.editor;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.part.FileEditorInput;

/** The file behind an editor input, and the input for a file. */
final class EditorInputs {

	private EditorInputs() {
	}

	static Optional<Path> path(IEditorInput input) {
		if (input instanceof IFileEditorInput file && file.getFile().getLocation() != null) {
			return Optional.of(file.getFile().getLocation().toPath());
		}
		if (input instanceof IURIEditorInput uri && "file".equals(uri.getURI().getScheme())) { //$NON-NLS-1$
			return Optional.of(Path.of(uri.getURI()));
		}
		if (input instanceof IPathEditorInput path) {
			return Optional.of(path.getPath().toPath());
		}
		return Optional.empty();
	}

	/** The workspace file at {@code path}, if the file is in the workspace. */
	static Optional<IFile> workspaceFile(Path path) {
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot()
				.findFilesForLocationURI(path.toAbsolutePath().toUri());
		return files.length > 0 ? Optional.of(files[0]) : Optional.empty();
	}

	static IEditorInput inputFor(Path path) {
		Optional<IFile> file = workspaceFile(path);
		if (file.isPresent()) {
			return new FileEditorInput(file.get());
		}
		return new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(IPath.fromPath(path)));
	}
}
