package org.eccworkbench.ui.editor.internal.wizards;

import org.eccworkbench.ui.editor.internal.Messages;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;

/** File > New > Perfusion project: a workspace project with a {@code circuits} folder. */
public final class NewPerfusionProjectWizard extends Wizard implements INewWizard {

	/** Where a project's circuits go. */
	public static final String CIRCUITS_FOLDER = "circuits"; //$NON-NLS-1$

	private WizardNewProjectCreationPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		setWindowTitle(Messages.NewProject_title);
	}

	@Override
	public void addPages() {
		page = new WizardNewProjectCreationPage("project"); //$NON-NLS-1$
		page.setTitle(Messages.NewProject_title);
		page.setDescription(Messages.NewProject_description);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		try {
			create(page.getProjectHandle());
			return true;
		} catch (CoreException e) {
			MessageDialog.openError(getShell(), Messages.NewProject_title,
					NLS.bind(Messages.NewProject_failed, page.getProjectName(), e.getMessage()));
			return false;
		}
	}

	/** Creates and opens {@code project} with its circuits folder. */
	public static void create(IProject project) throws CoreException {
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFolder circuits = project.getFolder(CIRCUITS_FOLDER);
		if (!circuits.exists()) {
			circuits.create(true, true, null);
		}
	}
}
