package org.eccworkbench.ui.editor.internal.palette;

import java.util.List;

import org.eccworkbench.ui.editor.internal.Messages;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * The palette: a search field over the parts and products, grouped by category. Dragging an entry
 * onto the diagram places it; the drag carries the entry's id.
 */
public final class PaletteControl {

	private final Composite root;
	private final Text search;
	private final TreeViewer tree;
	private final PaletteContents contents;

	public PaletteControl(Composite parent, PaletteContents contents) {
		this.contents = contents;
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(root);
		search = new Text(root, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		search.setMessage(Messages.Palette_search);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
		tree = new TreeViewer(root, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tree.getControl());
		tree.setContentProvider(new Groups());
		tree.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof PaletteEntry entry ? entry.label() : String.valueOf(element);
			}
		});
		tree.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer viewer, Object parentElement, Object element) {
				if (element instanceof PaletteEntry entry) {
					return entry.matches(search.getText());
				}
				return contents.entries((String) element).stream().anyMatch(e -> e.matches(search.getText()));
			}
		});
		tree.setInput(contents);
		tree.expandToLevel(1);
		search.addModifyListener(e -> {
			tree.refresh();
			if (!search.getText().isBlank()) {
				tree.expandAll();
			}
		});
		tree.addDragSupport(DND.DROP_COPY, new Transfer[] { TextTransfer.getInstance() }, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				event.doit = selected() != null;
			}

			@Override
			public void dragSetData(DragSourceEvent event) {
				PaletteEntry entry = selected();
				event.data = entry == null ? "" : entry.id(); //$NON-NLS-1$
			}
		});
	}

	public Composite control() {
		return root;
	}

	/** What a double-click (or Enter) on an entry does, besides dragging it. */
	public void onOpen(java.util.function.Consumer<PaletteEntry> action) {
		tree.addOpenListener(event -> {
			PaletteEntry entry = selected();
			if (entry != null) {
				action.accept(entry);
			}
		});
	}

	public PaletteContents contents() {
		return contents;
	}

	/** Sets the search text, as typing it does. */
	public void search(String text) {
		search.setText(text);
	}

	/** The entries the search shows. */
	public List<PaletteEntry> visibleEntries() {
		return contents.all().stream().filter(e -> e.matches(search.getText())).toList();
	}

	public PaletteEntry selected() {
		Object first = ((IStructuredSelection) tree.getSelection()).getFirstElement();
		return first instanceof PaletteEntry entry ? entry : null;
	}

	private static final class Groups implements ITreeContentProvider {
		private PaletteContents contents;

		@Override
		public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
			contents = (PaletteContents) newInput;
		}

		@Override
		public Object[] getElements(Object input) {
			return contents.groups().toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof String group ? contents.entries(group).toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof PaletteEntry entry ? entry.group() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof String;
		}
	}
}
