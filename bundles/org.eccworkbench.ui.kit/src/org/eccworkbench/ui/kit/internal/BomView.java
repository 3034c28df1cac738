package org.eccworkbench.ui.kit.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eccworkbench.kit.pack.PackingResult;
import org.eccworkbench.kit.plan.KitPlan;
import org.eccworkbench.kit.plan.Numbers;
import org.eccworkbench.kit.plan.Requirement;
import org.eccworkbench.ui.kit.internal.KitGrid.Column;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

/** The computed bill of materials of the active mission, with the exports of the kit's outputs. */
public final class BomView extends KitView {

	private KitGrid<Requirement> grid;
	private Label summary;
	private final List<Button> exports = new ArrayList<>();

	@Override
	void createContent(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayout(new GridLayout(Export.values().length + 1, false));
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		summary = new Label(bar, SWT.NONE);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		for (Export export : Export.values()) {
			Button button = new Button(bar, SWT.PUSH);
			button.setText(export.label());
			button.addListener(SWT.Selection, e -> export(export));
			exports.add(button);
		}
		List<Column<Requirement>> columns = List.of(
				Column.of(Messages.Bom_item, r -> r.item().id()),
				Column.of(Messages.Bom_name, r -> r.item().name()),
				Column.of(Messages.Bom_category, r -> r.item().category().id()),
				Column.of(Messages.Bom_unit, r -> r.item().unit()),
				Column.of(Messages.Bom_forCases, r -> Numbers.quantity(r.forCases())),
				Column.of(Messages.Bom_spares, r -> Numbers.quantity(r.spares())),
				Column.of(Messages.Bom_emergency, r -> Numbers.quantity(r.emergency())),
				Column.of(Messages.Bom_total, r -> Numbers.quantity(r.total())),
				Column.of(Messages.Bom_stock, r -> Numbers.quantity(r.available())),
				Column.of(Messages.Bom_expired, r -> Numbers.quantity(r.expired())),
				Column.of(Messages.Bom_shortage, r -> Numbers.quantity(r.shortage())));
		grid = new KitGrid<>(parent, columns);
		grid.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
	}

	@Override
	void showKit(KitResult result, KitPlan plan, PackingResult packing) {
		grid.setRows(plan.requirements());
		long short_ = plan.requirements().stream().filter(r -> r.shortage() > 0).count();
		summary.setText(NLS.bind(Messages.Bom_summary, new Object[] { result.missionName(),
				Integer.toString(plan.requirements().size()), Long.toString(short_) }));
		summary.getParent().layout(true);
	}

	@Override
	String noMission() {
		return Messages.Bom_noMission;
	}

	private void export(Export export) {
		if (shown().isEmpty() || shown().get().plan().isEmpty()) {
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFileName(export.fileName);
		dialog.setFilterExtensions(new String[] { export.filter });
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			export.write(shown().get().plan().get(), shown().get().packing().get(), Path.of(chosen));
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), Messages.Export_failedTitle,
					NLS.bind(Messages.Export_failed, chosen, e.getMessage()));
		}
	}

	/** The bill of materials' rows as shown. */
	KitGrid<Requirement> grid() {
		return grid;
	}
}
