package org.eccworkbench.ui.editor.internal.circuits;

import org.eccworkbench.ui.editor.EditorIds;
import org.eccworkbench.ui.editor.internal.Messages;
import org.eccworkbench.ui.editor.internal.wizards.NewCircuitWizard;
import org.eccworkbench.ui.editor.internal.wizards.NewPerfusionProjectWizard;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;

/**
 * The Circuits view: the perfusion projects of the workspace with their {@code .ecc} files; a
 * double-click opens a circuit in the editor, the buttons start a new circuit or project.
 */
public final class CircuitsView extends ViewPart implements IResourceChangeListener {

	private Composite root;
	private TreeViewer tree;

	@Override
	public void createPartControl(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(root);
		Label hint = new Label(root, SWT.WRAP);
		hint.setText(Messages.Circuits_hint);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(150, SWT.DEFAULT).applyTo(hint);
		button(Messages.Circuits_newCircuit, NewCircuitWizard::new);
		button(Messages.Circuits_newProject, NewPerfusionProjectWizard::new);
		tree = new TreeViewer(root, SWT.SINGLE | SWT.V_SCROLL | SWT.BORDER);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(tree.getControl());
		tree.setContentProvider(new Content());
		tree.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof IFile file) {
					return file.getProjectRelativePath().toString();
				}
				return element instanceof IProject project ? project.getName() : String.valueOf(element);
			}
		});
		tree.setInput(ResourcesPlugin.getWorkspace().getRoot());
		tree.expandAll();
		tree.addDoubleClickListener(event -> {
			Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (first instanceof IFile file) {
				open(file);
			}
		});
		getSite().setSelectionProvider(tree);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
	}

	private void button(String text, java.util.function.Supplier<INewWizard> wizard) {
		Button button = new Button(root, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> {
			INewWizard created = wizard.get();
			created.init(getSite().getWorkbenchWindow().getWorkbench(), tree.getStructuredSelection());
			new WizardDialog(getSite().getShell(), created).open();
		});
	}

	/** Opens {@code file} in the circuit editor, as a double-click does. */
	public void open(IFile file) {
		try {
			IDE.openEditor(getSite().getPage(), file, EditorIds.CIRCUIT_EDITOR);
		} catch (PartInitException e) {
			org.eclipse.core.runtime.ILog.of(CircuitsView.class).log(e.getStatus());
		}
	}

	public TreeViewer tree() {
		return tree;
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		root.getDisplay().asyncExec(() -> {
			if (!tree.getControl().isDisposed()) {
				tree.refresh();
				tree.expandAll();
			}
		});
	}

	@Override
	public void setFocus() {
		tree.getControl().setFocus();
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
		super.dispose();
	}

	private static final class Content implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return WorkspaceCircuits.projects().toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof IProject project ? WorkspaceCircuits.circuits(project).toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof IFile file ? file.getProject() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof IProject;
		}

		@Override
		public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
			// the workspace root; children are read on demand
		}
	}
}
