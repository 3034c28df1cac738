package org.eccworkbench.ui.editor.internal.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.CircuitElement;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.ui.editor.internal.Messages;
import org.eccworkbench.ui.editor.internal.canvas.DiagramController;
import org.eccworkbench.ui.editor.internal.diagram.Box;
import org.eccworkbench.ui.editor.internal.diagram.DiagramGeometry;
import org.eccworkbench.ui.editor.internal.outline.CircuitOutlinePage;
import org.eccworkbench.ui.editor.internal.properties.ItemPropertySource;
import org.eccworkbench.ui.editor.internal.table.ComponentsTable;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * The circuit editor: Diagram, Components and Patient & case pages over one editing domain, so
 * every edit on any page, in the Properties view or the Outline is one undoable command. A file
 * that cannot be read opens on a page that lists its problems, and cannot be saved.
 */
public final class CircuitEditor extends MultiPageEditorPart implements IEditingDomainProvider, IGotoMarker {

	private final EditorSelectionProvider selectionProvider = new EditorSelectionProvider();
	private final List<CircuitOutlinePage> outlines = new ArrayList<>();
	private CircuitDocument document;
	private DiagramController controller;
	private DiagramPage diagram;
	private ComponentsTable table;
	private PatientCaseForm form;
	private LoadErrorPage errorPage;
	private ValidationScheduler validation;
	private CommandStackListener stackListener;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		super.init(site, input);
		site.setSelectionProvider(selectionProvider);
		open(input);
	}

	private void open(IEditorInput input) throws PartInitException {
		Path path = EditorInputs.path(input)
				.orElseThrow(() -> new PartInitException(NLS.bind(Messages.Editor_notAFile, input.getName())));
		document = CircuitDocument.load(path);
		setPartName(path.getFileName().toString());
		setTitleToolTip(path.toString());
	}

	@Override
	protected void createPages() {
		if (document.broken()) {
			errorPage = new LoadErrorPage(getContainer(), document.path(), document.problems());
			setPageText(addPage(errorPage.control()), Messages.Page_problems);
			return;
		}
		Circuit circuit = document.circuit();
		controller = new DiagramController(document.domain(), circuit);
		controller.setStatusSink(this::status);
		diagram = new DiagramPage(getContainer(), controller, new EditorExports(this));
		setPageText(addPage(diagram.control()), Messages.Page_diagram);
		table = new ComponentsTable(getContainer(), document.domain(), circuit);
		setPageText(addPage(table.control()), Messages.Page_components);
		form = new PatientCaseForm(getContainer(), document.domain(), circuit);
		setPageText(addPage(form.control()), Messages.Page_patientCase);

		Box extent = DiagramGeometry.extent(circuit);
		diagram.canvas().viewport().setOrigin(extent.x() - 40, extent.y() - 40);
		controller.selection().addListener(
				() -> selectionProvider.setSelection(new StructuredSelection(List.copyOf(controller.selection().elements()))));
		validation = new ValidationScheduler(circuit, document::forgetIds, workspaceFile(), diagram.canvas()::setFlagged);
		stackListener = event -> modelChanged();
		document.commandStack().addCommandStackListener(stackListener);
		validation.validateNow();
	}

	private void modelChanged() {
		if (getContainer().isDisposed()) {
			return;
		}
		controller.selection().retainAttached();
		diagram.canvas().redraw();
		table.refresh();
		form.refresh();
		outlines.forEach(CircuitOutlinePage::refresh);
		firePropertyChange(PROP_DIRTY);
		validation.schedule();
	}

	private Optional<IFile> workspaceFile() {
		return EditorInputs.workspaceFile(document.path());
	}

	private void status(String message, boolean error) {
		var line = getEditorSite().getActionBars().getStatusLineManager();
		if (error) {
			line.setErrorMessage(message);
		} else {
			line.setErrorMessage(null);
			line.setMessage(message);
		}
	}

	@Override
	public boolean isDirty() {
		return document != null && !document.broken() && document.dirty();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (document.broken()) {
			return;
		}
		saveTo(document.path());
	}

	@Override
	public boolean isSaveAsAllowed() {
		return document != null && !document.broken();
	}

	@Override
	public void doSaveAs() {
		SaveAsTarget.ask(getSite().getShell(), document.path()).ifPresent(target -> {
			if (saveTo(target)) {
				setInputWithNotify(EditorInputs.inputFor(target));
				setPartName(target.getFileName().toString());
				setTitleToolTip(target.toString());
				validation.setFile(workspaceFile());
				validation.validateNow();
			}
		});
	}

	private boolean saveTo(Path target) {
		try {
			document.saveAs(target);
			EditorInputs.workspaceFile(target).ifPresent(file -> {
				try {
					file.refreshLocal(IResource.DEPTH_ZERO, null);
				} catch (CoreException e) {
					ILog.of(CircuitEditor.class).log(e.getStatus());
				}
			});
			firePropertyChange(PROP_DIRTY);
			return true;
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), Messages.Save_failedTitle,
					NLS.bind(Messages.Save_failed, target, e.getMessage()));
			return false;
		}
	}

	@Override
	public void gotoMarker(IMarker marker) {
		String id = marker.getAttribute(org.eccworkbench.ui.editor.internal.validation.ProblemMarkers.ELEMENT_ID, null);
		if (id == null || document.broken()) {
			return;
		}
		EObject element = document.circuit().findElement(id);
		if (element != null) {
			select(List.of(element));
		}
	}

	/** Selects elements on the canvas, shows the Diagram page and brings the first into view. */
	public void select(List<? extends EObject> elements) {
		if (controller == null) {
			return;
		}
		setActivePage(0);
		controller.selection().set(elements);
		for (EObject element : elements) {
			if (element instanceof Component component) {
				Box box = DiagramGeometry.bounds(component);
				var canvas = diagram.canvas();
				var area = canvas.control().getClientArea();
				double zoom = canvas.viewport().zoom();
				canvas.viewport().setOrigin(box.centerX() - area.width / 2.0 / zoom,
						box.centerY() - area.height / 2.0 / zoom);
				canvas.redraw();
				break;
			}
		}
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == IContentOutlinePage.class && controller != null) {
			CircuitOutlinePage outline = new CircuitOutlinePage(this);
			outlines.add(outline);
			return type.cast(outline);
		}
		if (type == IPropertySheetPage.class && document != null && !document.broken()) {
			PropertySheetPage page = new PropertySheetPage();
			page.setPropertySourceProvider(ItemPropertySource.provider(document.adapterFactory()));
			return type.cast(page);
		}
		if (type == EditingDomain.class && document != null) {
			return type.cast(document.domain());
		}
		return super.getAdapter(type);
	}

	public void removeOutlinePage(CircuitOutlinePage outline) {
		outlines.remove(outline);
	}

	@Override
	public EditingDomain getEditingDomain() {
		return document.domain();
	}

	public CircuitDocument document() {
		return document;
	}

	/** Empty for a file that could not be read. */
	public Optional<DiagramController> controller() {
		return Optional.ofNullable(controller);
	}

	public DiagramPage diagramPage() {
		return diagram;
	}

	public ComponentsTable componentsTable() {
		return table;
	}

	public PatientCaseForm patientCaseForm() {
		return form;
	}

	public LoadErrorPage errorPage() {
		return errorPage;
	}

	/** Validates now instead of after the usual delay. */
	public List<org.eccworkbench.ui.editor.internal.validation.CircuitValidation.Finding> validateNow() {
		validation.validateNow();
		return validation.findings();
	}

	/** The elements of a structured selection that are circuit elements. */
	public static List<CircuitElement> elements(IStructuredSelection selection) {
		List<CircuitElement> result = new ArrayList<>();
		for (Object object : selection.toList()) {
			if (object instanceof CircuitElement element) {
				result.add(element);
			}
		}
		return result;
	}

	@Override
	public void setFocus() {
		if (diagram != null && getActivePage() == 0) {
			diagram.canvas().control().setFocus();
		} else {
			super.setFocus();
		}
	}

	@Override
	public void dispose() {
		if (stackListener != null) {
			document.commandStack().removeCommandStackListener(stackListener);
		}
		if (validation != null) {
			validation.dispose();
		}
		if (form != null) {
			form.dispose();
		}
		if (document != null) {
			document.dispose();
		}
		super.dispose();
	}

	Set<EObject> selectedElements() {
		return controller == null ? Set.of() : controller.selection().elements();
	}
}
