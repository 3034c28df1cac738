package org.eccworkbench.ui.kit.internal;

import java.util.List;

import org.eccworkbench.kit.pack.PackingResult;
import org.eccworkbench.kit.plan.CaseNeeds;
import org.eccworkbench.kit.plan.KitPlan;
import org.eccworkbench.kit.plan.Numbers;
import org.eccworkbench.ui.kit.internal.KitGrid.Column;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;

/**
 * What the planner made of each case of the active mission: the circuit template, body surface
 * area, target flow, prime and predicted haematocrit, heparin and protamine.
 */
public final class MissionCasesView extends KitView {

	private KitGrid<CaseNeeds> grid;

	@Override
	void createContent(Composite parent) {
		List<Column<CaseNeeds>> columns = List.of(
				Column.of(Messages.Case_id, c -> c.plannedCase().getId()),
				Column.of(Messages.Case_weight, c -> c.plannedCase().getWeightKg()),
				Column.of(Messages.Cases_template, CaseNeeds::template),
				Column.of(Messages.Cases_bsa, c -> Numbers.fixed(c.bsaSquareMetres(), 2)),
				Column.of(Messages.Cases_flow, c -> Numbers.fixed(c.targetFlowLMin(), 2)),
				Column.of(Messages.Cases_prime, c -> Numbers.fixed(c.primeMl(), 0)),
				Column.of(Messages.Cases_hct, c -> Double.isNaN(c.predictedHctPercent()) ? ""
						: Numbers.fixed(c.predictedHctPercent(), 1)),
				Column.of(Messages.Cases_heparin, c -> Numbers.fixed(c.heparinUnits(), 0)),
				Column.of(Messages.Cases_protamine, c -> Numbers.fixed(c.protamineMg(), 0)));
		grid = new KitGrid<>(parent, columns);
		grid.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
	}

	@Override
	void showKit(KitResult result, KitPlan plan, PackingResult packing) {
		grid.setRows(plan.cases());
	}

	@Override
	String noMission() {
		return Messages.Cases_noMission;
	}

	KitGrid<CaseNeeds> grid() {
		return grid;
	}
}
