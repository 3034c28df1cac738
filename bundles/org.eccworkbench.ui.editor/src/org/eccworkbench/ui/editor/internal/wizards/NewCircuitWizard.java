package org.eccworkbench.ui.editor.internal.wizards;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.resource.CircuitFiles;
import org.eccworkbench.ui.editor.EditorIds;
import org.eccworkbench.ui.editor.internal.Messages;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

/** File > New > Circuit: a new {@code .ecc} file in a project, empty or from a shipped template, opened in the editor. */
public final class NewCircuitWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private WizardNewFileCreationPage filePage;
	private StarterPage starterPage;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
		setWindowTitle(Messages.NewCircuit_title);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		filePage = new WizardNewFileCreationPage("file", selection); //$NON-NLS-1$
		filePage.setTitle(Messages.NewCircuit_fileTitle);
		filePage.setDescription(Messages.NewCircuit_fileDescription);
		filePage.setFileExtension(CircuitFiles.FILE_EXTENSION);
		filePage.setFileName("circuit." + CircuitFiles.FILE_EXTENSION); //$NON-NLS-1$
		addPage(filePage);
		starterPage = new StarterPage(StarterCircuits.all());
		addPage(starterPage);
	}

	/** Chooses the starter as the second page does, for tests. */
	public void choose(StarterCircuit starter) {
		starterPage.choose(starter);
	}

	public WizardNewFileCreationPage filePage() {
		return filePage;
	}

	@Override
	public boolean performFinish() {
		String name = filePage.getFileName().replaceFirst("\\." + CircuitFiles.FILE_EXTENSION + "$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Circuit circuit;
		try {
			circuit = starterPage.chosen().create(name);
		} catch (UncheckedIOException e) {
			MessageDialog.openError(getShell(), Messages.NewCircuit_title, e.getCause().getMessage());
			return false;
		}
		IFile file = filePage.createNewFile();
		if (file == null) {
			return false;
		}
		try {
			CircuitFiles.save(circuit, file.getLocation().toPath());
			file.refreshLocal(IResource.DEPTH_ZERO, null);
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, EditorIds.CIRCUIT_EDITOR);
			return true;
		} catch (IOException | CoreException e) {
			MessageDialog.openError(getShell(), Messages.NewCircuit_title,
					NLS.bind(Messages.NewCircuit_failed, file.getFullPath(), e.getMessage()));
			return false;
		}
	}
}
