package org.eccworkbench.ui.editor.internal.outline;

import java.util.List;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.ui.editor.internal.Messages;
import org.eccworkbench.ui.editor.internal.canvas.DiagramController;
import org.eccworkbench.ui.editor.internal.editor.CircuitEditor;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The Outline of a circuit: its components and connections as a tree (selecting there selects on
 * the canvas), and a mini-map of the whole diagram.
 */
public final class CircuitOutlinePage extends Page implements IContentOutlinePage {

	/** A group of the tree: the components, or the connections. */
	private record Group(String label, boolean components) {
	}

	private final CircuitEditor editor;
	private final DiagramController controller;
	private SashForm root;
	private TreeViewer tree;
	private MiniMap miniMap;
	private boolean syncing;

	public CircuitOutlinePage(CircuitEditor editor) {
		this.editor = editor;
		this.controller = editor.controller().orElseThrow();
	}

	@Override
	public void createControl(Composite parent) {
		root = new SashForm(parent, SWT.VERTICAL);
		tree = new TreeViewer(root, SWT.MULTI | SWT.V_SCROLL);
		tree.setContentProvider(new Content());
		tree.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof Group group) {
					return group.label();
				}
				return OutlineLabels.of(element);
			}
		});
		tree.setInput(controller.circuit());
		tree.expandAll();
		tree.addSelectionChangedListener(event -> {
			if (!syncing) {
				editor.select(CircuitEditor.elements((IStructuredSelection) event.getSelection()));
			}
		});
		miniMap = new MiniMap(root, editor.diagramPage().canvas());
		root.setWeights(65, 35);
		controller.selection().addListener(this::showSelection);
	}

	private void showSelection() {
		if (tree == null || tree.getControl().isDisposed()) {
			return;
		}
		syncing = true;
		try {
			tree.setSelection(new StructuredSelection(List.copyOf(controller.selection().elements())), true);
		} finally {
			syncing = false;
		}
		miniMap.redraw();
	}

	/** Shows the model as it is now. */
	public void refresh() {
		if (tree != null && !tree.getControl().isDisposed()) {
			tree.refresh();
			tree.expandAll();
			miniMap.redraw();
		}
	}

	public TreeViewer tree() {
		return tree;
	}

	@Override
	public Control getControl() {
		return root;
	}

	@Override
	public void setFocus() {
		tree.getControl().setFocus();
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		tree.addSelectionChangedListener(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		tree.removeSelectionChangedListener(listener);
	}

	@Override
	public ISelection getSelection() {
		return tree.getSelection();
	}

	@Override
	public void setSelection(ISelection selection) {
		tree.setSelection(selection);
	}

	@Override
	public void dispose() {
		editor.removeOutlinePage(this);
		super.dispose();
	}

	private static final class Content implements ITreeContentProvider {
		private Circuit circuit;

		@Override
		public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
			circuit = (Circuit) newInput;
		}

		@Override
		public Object[] getElements(Object input) {
			return new Object[] {
					new Group(NLS.bind(Messages.Outline_components, circuit.getComponents().size()), true),
					new Group(NLS.bind(Messages.Outline_connections, circuit.getConnections().size()), false) };
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof Group group) {
				return (group.components() ? circuit.getComponents() : circuit.getConnections()).toArray();
			}
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Group;
		}
	}
}
