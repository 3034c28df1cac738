package org.eccworkbench.cli.internal.kit;

import java.io.PrintStream;

import org.eccworkbench.kit.pack.PackingResult;
import org.eccworkbench.kit.pack.Piece;
import org.eccworkbench.kit.plan.CaseNeeds;
import org.eccworkbench.kit.plan.Finding;
import org.eccworkbench.kit.plan.KitPlan;
import org.eccworkbench.kit.plan.Numbers;
import org.eccworkbench.kit.plan.Requirement;
import org.eclipse.osgi.util.NLS;

/** The human-readable report of {@code eccw kit plan}. */
final class KitText {

	private KitText() {
	}

	static void plan(KitPlan plan, PackingResult packing, PrintStream out) {
		out.println(NLS.bind(KitMessages.Text_title, new Object[] { plan.mission().getName(),
				plan.mission().getDeparture(), plan.mission().getReturnDate(), Integer.toString(plan.cases().size()) }));
		out.println(KitMessages.Text_cases);
		for (CaseNeeds c : plan.cases()) {
			out.println(NLS.bind(KitMessages.Text_case, new Object[] { c.plannedCase().getId(),
					Numbers.quantity(c.plannedCase().getWeightKg()), c.template(), Numbers.fixed(c.targetFlowLMin(), 2),
					Numbers.fixed(c.primeMl(), 0),
					Double.isNaN(c.predictedHctPercent()) ? "-" : Numbers.fixed(c.predictedHctPercent(), 1) }));
		}
		out.println(KitMessages.Text_bom);
		out.println(String.format("  %-40s %6s %8s %8s %8s %8s %8s %8s", "item", "unit", "cases", "spares", "emerg.", "total",
				"stock", "short"));
		for (Requirement r : plan.requirements()) {
			out.println(String.format("  %-40s %6s %8s %8s %8s %8s %8s %8s", r.item().id(), r.item().unit(),
					Numbers.quantity(r.forCases()), Numbers.quantity(r.spares()), Numbers.quantity(r.emergency()),
					Numbers.quantity(r.total()), Numbers.quantity(r.available()), Numbers.quantity(r.shortage())));
		}
		out.println(NLS.bind(KitMessages.Text_pieces, Integer.toString(packing.pieces().size()),
				Numbers.fixed(packing.totalKg(), 1)));
		for (Piece piece : packing.pieces()) {
			out.println(NLS.bind(KitMessages.Text_piece, new Object[] { Integer.toString(piece.number()), piece.packing().id(),
					Numbers.fixed(piece.weightKg(), 2), Integer.toString(piece.lines().size()) }));
		}
		if (!plan.findings().isEmpty() || !packing.brokenLimits().isEmpty()) {
			out.println(KitMessages.Text_findings);
			for (Finding finding : plan.findings()) {
				out.println("  " + finding);
			}
			for (String broken : packing.brokenLimits()) {
				out.println("  blocking: " + broken);
			}
		}
	}
}
