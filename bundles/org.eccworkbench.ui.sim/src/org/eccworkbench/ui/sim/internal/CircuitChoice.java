package org.eccworkbench.ui.sim.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.eccworkbench.model.resource.CircuitFiles;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * The circuit file the user means: the {@code .ecc} file selected (in the Circuits view or any
 * other), else the file of the active circuit editor. The run reads the saved file; an editor
 * with unsaved changes is reported so that the user can save first, and is never touched.
 */
final class CircuitChoice {

	/** The chosen file and whether an open editor has unsaved changes to it. */
	record Choice(Path file, boolean unsaved) {
	}

	private CircuitChoice() {
	}

	static Optional<Choice> of(IWorkbenchWindow window) {
		if (window == null || window.getActivePage() == null) {
			return Optional.empty();
		}
		IWorkbenchPage page = window.getActivePage();
		IFile file = selected(window.getSelectionService().getSelection());
		if (file == null) {
			file = selected(page.getSelection());
		}
		if (file == null && page.getActiveEditor() != null
				&& page.getActiveEditor().getEditorInput() instanceof IFileEditorInput input && circuit(input.getFile())) {
			file = input.getFile();
		}
		if (file == null || file.getLocation() == null) {
			return Optional.empty();
		}
		boolean unsaved = false;
		for (IEditorPart editor : page.getDirtyEditors()) {
			if (editor.getEditorInput() instanceof IFileEditorInput input && input.getFile().equals(file)) {
				unsaved = true;
			}
		}
		return Optional.of(new Choice(file.getLocation().toFile().toPath(), unsaved));
	}

	private static IFile selected(ISelection selection) {
		if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
			return circuit(file) ? file : null;
		}
		return null;
	}

	private static boolean circuit(IFile file) {
		return file != null && CircuitFiles.FILE_EXTENSION.equals(file.getFileExtension());
	}
}
