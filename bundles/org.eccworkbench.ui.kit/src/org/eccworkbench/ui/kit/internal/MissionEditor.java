package org.eccworkbench.ui.kit.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eccworkbench.kit.importer.CaseImport;
import org.eccworkbench.kit.importer.ImportResult;
import org.eccworkbench.kit.importer.InventoryImport;
import org.eccworkbench.kit.mission.InventoryLot;
import org.eccworkbench.kit.mission.Mission;
import org.eccworkbench.kit.mission.MissionFactory;
import org.eccworkbench.kit.mission.MissionPackage;
import org.eccworkbench.kit.mission.PlannedCase;
import org.eccworkbench.kit.resource.MissionFiles;
import org.eccworkbench.kit.resource.MissionLoadResult;
import org.eccworkbench.model.resource.FileProblem;
import org.eccworkbench.ui.kit.internal.KitGrid.Column;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

/**
 * The editor of a {@code .eccmission} file: the planned cases and the inventory in editable,
 * sortable, filterable grids. Every edit and import is an EMF command (undo, redo, dirty state);
 * saving writes the file atomically. Each change recomputes the kit off the UI thread for the
 * Mission views and the Problems view. A file that cannot be read opens as a page that lists its
 * problems with their lines, and can never be saved.
 */
public final class MissionEditor extends EditorPart {

	public static final String ID = "org.eccworkbench.ui.kit.missionEditor";

	private IFile file;
	private Path path;
	private Mission mission;
	private List<FileProblem> problems = List.of();
	private BasicCommandStack commands;
	private AdapterFactoryEditingDomain domain;
	private KitGrid<PlannedCase> casesGrid;
	private KitGrid<InventoryLot> inventoryGrid;
	private CTabFolder tabs;
	private KitResult result;
	private long generation;
	private Job planJob;
	private IPartListener2 activation;
	private final Action undo = new Action(Messages.Editor_undo) {
		@Override
		public void run() {
			if (commands != null && commands.canUndo()) {
				commands.undo();
			}
		}
	};
	private final Action redo = new Action(Messages.Editor_redo) {
		@Override
		public void run() {
			if (commands != null && commands.canRedo()) {
				commands.redo();
			}
		}
	};

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		if (input instanceof IFileEditorInput fileInput) {
			file = fileInput.getFile();
			if (file.getLocation() == null) {
				throw new PartInitException(NLS.bind(Messages.Editor_notLocal, file.getFullPath()));
			}
			path = file.getLocation().toPath();
		} else if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
			path = Path.of(uriInput.getURI());
		} else {
			throw new PartInitException(NLS.bind(Messages.Editor_notAFile, input.getName()));
		}
		MissionLoadResult loaded = MissionFiles.load(path);
		if (loaded.ok()) {
			mission = loaded.mission().get();
			commands = new BasicCommandStack();
			domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()),
					commands);
			commands.addCommandStackListener(e -> {
				if (Display.getCurrent() != null) {
					commandStackChanged();
				} else {
					getSite().getShell().getDisplay().asyncExec(this::commandStackChanged);
				}
			});
		} else {
			problems = loaded.problems();
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		if (mission == null) {
			createErrorPage(parent);
			return;
		}
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		Label title = new Label(page, SWT.WRAP);
		title.setText(NLS.bind(Messages.Editor_title, new Object[] { text(mission.getName()),
				text(mission.getDestination()), mission.getDeparture(), mission.getReturnDate() }));
		title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Composite buttons = new Composite(page, SWT.NONE);
		buttons.setLayout(new GridLayout(4, false));
		button(buttons, Messages.Editor_importCases, () -> importCsv(true));
		button(buttons, Messages.Editor_importInventory, () -> importCsv(false));
		button(buttons, Messages.Editor_addCase, this::addCase);
		button(buttons, Messages.Editor_addLot, this::addLot);

		tabs = new CTabFolder(page, SWT.BORDER | SWT.BOTTOM);
		tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		casesGrid = new KitGrid<>(tabs, caseColumns());
		CTabItem casesTab = new CTabItem(tabs, SWT.NONE);
		casesTab.setText(Messages.Editor_casesTab);
		casesTab.setControl(casesGrid.control());
		inventoryGrid = new KitGrid<>(tabs, lotColumns());
		CTabItem inventoryTab = new CTabItem(tabs, SWT.NONE);
		inventoryTab.setText(Messages.Editor_inventoryTab);
		inventoryTab.setControl(inventoryGrid.control());
		tabs.setSelection(casesTab);
		refreshGrids();

		activation = new IPartListener2() {
			@Override
			public void partActivated(IWorkbenchPartReference ref) {
				if (ref.getPart(false) == MissionEditor.this) {
					ActiveMission.activated(MissionEditor.this, result);
				}
			}
		};
		getSite().getPage().addPartListener(activation);
		schedulePlan();
	}

	private void createErrorPage(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		Label heading = new Label(page, SWT.WRAP);
		heading.setText(NLS.bind(Messages.Editor_cannotOpen, getEditorInput().getName()));
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Text list = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		StringBuilder lines = new StringBuilder();
		problems.forEach(p -> lines.append(p).append('\n'));
		list.setText(lines.toString());
		list.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Label hint = new Label(page, SWT.WRAP);
		hint.setText(Messages.Editor_fixAndReopen);
		hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
	}

	private static void button(Composite parent, String label, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		button.addListener(SWT.Selection, e -> action.run());
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	private List<Column<PlannedCase>> caseColumns() {
		List<Column<PlannedCase>> columns = new ArrayList<>();
		columns.add(edit(Messages.Case_id, MissionPackage.Literals.PLANNED_CASE__ID));
		columns.add(edit(Messages.Case_age, MissionPackage.Literals.PLANNED_CASE__AGE_YEARS));
		columns.add(edit(Messages.Case_weight, MissionPackage.Literals.PLANNED_CASE__WEIGHT_KG));
		columns.add(edit(Messages.Case_height, MissionPackage.Literals.PLANNED_CASE__HEIGHT_CM));
		columns.add(edit(Messages.Case_hct, MissionPackage.Literals.PLANNED_CASE__HEMATOCRIT_PERCENT));
		columns.add(edit(Messages.Case_procedure, MissionPackage.Literals.PLANNED_CASE__PROCEDURE));
		columns.add(edit(Messages.Case_bypass, MissionPackage.Literals.PLANNED_CASE__EXPECTED_BYPASS_MINUTES));
		columns.add(edit(Messages.Case_ecmo, MissionPackage.Literals.PLANNED_CASE__ECMO_STANDBY));
		columns.add(edit(Messages.Case_template, MissionPackage.Literals.PLANNED_CASE__TEMPLATE));
		return columns;
	}

	private List<Column<InventoryLot>> lotColumns() {
		List<Column<InventoryLot>> columns = new ArrayList<>();
		columns.add(edit(Messages.Lot_item, MissionPackage.Literals.INVENTORY_LOT__ITEM_ID));
		columns.add(edit(Messages.Lot_lot, MissionPackage.Literals.INVENTORY_LOT__LOT));
		columns.add(edit(Messages.Lot_quantity, MissionPackage.Literals.INVENTORY_LOT__QUANTITY));
		columns.add(edit(Messages.Lot_expiry, MissionPackage.Literals.INVENTORY_LOT__EXPIRY));
		columns.add(edit(Messages.Lot_unitValue, MissionPackage.Literals.INVENTORY_LOT__UNIT_VALUE));
		columns.add(edit(Messages.Lot_currency, MissionPackage.Literals.INVENTORY_LOT__CURRENCY));
		columns.add(edit(Messages.Lot_location, MissionPackage.Literals.INVENTORY_LOT__LOCATION));
		return columns;
	}

	/** An editable column of an attribute; the grid's edits become {@link SetCommand}s. */
	private <T extends EObject> Column<T> edit(String header, EAttribute attribute) {
		Function<T, Object> value = row -> row.eGet(attribute);
		return new Column<>(header, value, (row, newValue) -> set(row, attribute, newValue));
	}

	/**
	 * Sets {@code attribute} of {@code owner} to {@code value} (text from a cell editor is converted
	 * to the attribute's type) through a command on the editing domain; returns whether it was set.
	 */
	boolean set(EObject owner, EAttribute attribute, Object value) {
		Object converted;
		try {
			converted = convert(attribute, value);
		} catch (RuntimeException e) {
			status(NLS.bind(Messages.Editor_badValue, text(value), attribute.getName()));
			return false;
		}
		if (converted == null ? owner.eGet(attribute) == null : converted.equals(owner.eGet(attribute))) {
			return false;
		}
		return execute(SetCommand.create(domain, owner, attribute, converted));
	}

	private static Object convert(EAttribute attribute, Object value) {
		if (value == null || !(value instanceof String text)) {
			return value;
		}
		String trimmed = text.trim();
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		if (trimmed.isEmpty()) {
			if (type == String.class || !type.isPrimitive()) {
				return type == String.class ? "" : null;
			}
			throw new IllegalArgumentException(attribute.getName());
		}
		Object converted = EcoreUtil.createFromString(attribute.getEAttributeType(), trimmed);
		if (converted instanceof Double d && (d.isNaN() || d.isInfinite() || d < 0)) {
			throw new IllegalArgumentException(trimmed);
		}
		if (converted instanceof Integer i && i < 0) {
			throw new IllegalArgumentException(trimmed);
		}
		return converted;
	}

	private boolean execute(Command command) {
		if (!command.canExecute()) {
			return false;
		}
		commands.execute(command);
		return true;
	}

	private void status(String message) {
		getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
	}

	private void addCase() {
		PlannedCase planned = MissionFactory.eINSTANCE.createPlannedCase();
		int n = mission.getCases().size() + 1;
		String id = "C" + n;
		while (hasCase(id)) {
			id = "C" + (++n);
		}
		planned.setId(id);
		planned.setAgeYears(1);
		planned.setWeightKg(10);
		planned.setHeightCm(75);
		add(MissionPackage.Literals.MISSION__CASES, List.of(planned));
	}

	private boolean hasCase(String id) {
		return mission.getCases().stream().anyMatch(c -> id.equals(c.getId()));
	}

	private void addLot() {
		InventoryLot lot = MissionFactory.eINSTANCE.createInventoryLot();
		lot.setItemId(Messages.Editor_newItem);
		lot.setQuantity(1);
		add(MissionPackage.Literals.MISSION__INVENTORY, List.of(lot));
	}

	private boolean add(EReference reference, Collection<?> values) {
		return !values.isEmpty() && execute(AddCommand.create(domain, mission, reference, values));
	}

	private void importCsv(boolean cases) {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.csv", "*" });
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path csvFile = Path.of(chosen);
		String csv;
		try {
			csv = Files.readString(csvFile, StandardCharsets.UTF_8);
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), Messages.Import_title,
					NLS.bind(Messages.Import_unreadable, csvFile, e.getMessage()));
			return;
		}
		ImportResult imported = cases ? importCases(csv) : importInventory(csv);
		if (!imported.problems().isEmpty()) {
			new ImportProblemsDialog(getSite().getShell(), csvFile.getFileName().toString(), imported).open();
		}
	}

	/**
	 * Adds the good rows of a cases CSV as one command; the result lists the bad rows by row and
	 * column.
	 */
	ImportResult importCases(String csv) {
		Mission scratch = MissionFactory.eINSTANCE.createMission();
		scratch.getCases().addAll(EcoreUtil.copyAll(mission.getCases()));
		int before = scratch.getCases().size();
		ImportResult imported = CaseImport.into(scratch, csv);
		List<PlannedCase> added = new ArrayList<>(scratch.getCases().subList(before, scratch.getCases().size()));
		add(MissionPackage.Literals.MISSION__CASES, added);
		return imported;
	}

	/** Adds the good rows of an inventory CSV as one command. */
	ImportResult importInventory(String csv) {
		List<InventoryLot> lots = new ArrayList<>();
		ImportResult imported = InventoryImport.read(csv, lots);
		add(MissionPackage.Literals.MISSION__INVENTORY, lots);
		return imported;
	}

	private void commandStackChanged() {
		if (casesGrid == null || casesGrid.control().isDisposed()) {
			return;
		}
		firePropertyChange(PROP_DIRTY);
		undo.setEnabled(commands.canUndo());
		redo.setEnabled(commands.canRedo());
		refreshGrids();
		schedulePlan();
	}

	private void refreshGrids() {
		casesGrid.setRows(mission.getCases());
		inventoryGrid.setRows(mission.getInventory());
	}

	/** Recomputes the kit of a copy of the mission in a job; the newest result wins. */
	private void schedulePlan() {
		long number = ++generation;
		Mission copy = EcoreUtil.copy(mission);
		if (planJob != null) {
			planJob.cancel();
		}
		planJob = new PlanJob(NLS.bind(Messages.Job_plan, getPartName()), file, path, copy, number, computed -> {
			if (casesGrid == null || casesGrid.control().isDisposed() || computed.generation() != generation) {
				return;
			}
			result = computed;
			ActiveMission.computed(this, computed);
		});
		planJob.schedule();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (mission == null || !commands.isSaveNeeded()) {
			return;
		}
		try {
			MissionFiles.save(mission, path);
			commands.saveIsDone();
			if (file != null) {
				file.refreshLocal(IResource.DEPTH_ZERO, monitor);
			}
			firePropertyChange(PROP_DIRTY);
		} catch (IOException | CoreException e) {
			MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailedTitle,
					NLS.bind(Messages.Editor_saveFailed, path, e.getMessage()));
			if (monitor != null) {
				monitor.setCanceled(true);
			}
		}
	}

	@Override
	public void doSaveAs() {
		// Save As is not offered: isSaveAsAllowed() is false.
	}

	@Override
	public boolean isDirty() {
		return commands != null && commands.isSaveNeeded();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		if (tabs != null && !tabs.isDisposed()) {
			tabs.setFocus();
		}
	}

	@Override
	public void dispose() {
		if (activation != null) {
			getSite().getPage().removePartListener(activation);
		}
		if (planJob != null) {
			planJob.cancel();
		}
		ActiveMission.closed(this);
		super.dispose();
	}

	/** Whether the file could be read; when not, the editor shows {@link #problems()} only. */
	boolean isMissionLoaded() {
		return mission != null;
	}

	List<FileProblem> problems() {
		return problems;
	}

	Mission mission() {
		return mission;
	}

	Optional<IFile> file() {
		return Optional.ofNullable(file);
	}

	BasicCommandStack commandStack() {
		return commands;
	}

	KitGrid<PlannedCase> casesGrid() {
		return casesGrid;
	}

	KitGrid<InventoryLot> inventoryGrid() {
		return inventoryGrid;
	}

	Optional<KitResult> result() {
		return Optional.ofNullable(result);
	}

	Action undoAction() {
		return undo;
	}

	Action redoAction() {
		return redo;
	}
}
