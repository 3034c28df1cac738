package org.eccworkbench.kit.output;

import java.io.IOException;
import java.util.List;

import org.eccworkbench.kit.internal.Messages;
import org.eccworkbench.kit.pack.PackLine;
import org.eccworkbench.kit.pack.PackingResult;
import org.eccworkbench.kit.pack.Piece;
import org.eccworkbench.kit.plan.CaseNeeds;
import org.eccworkbench.kit.plan.Finding;
import org.eccworkbench.kit.plan.KitPlan;
import org.eccworkbench.kit.plan.Numbers;
import org.eclipse.osgi.util.NLS;

/**
 * The printed kit: the master list (bill of materials and findings), one manifest page per piece,
 * the customs pro-forma, the pre-departure checklist and a pre-bypass checklist per case, in the
 * user's language (column headings are the CSV files' column names).
 */
public final class KitPdf {

	private KitPdf() {
	}

	public static byte[] render(KitPlan plan, PackingResult packing) throws IOException {
		try (PdfDocument pdf = new PdfDocument()) {
			pdf.newPage();
			pdf.heading(NLS.bind(Messages.Print_masterTitle, plan.mission().getName()));
			pdf.line(NLS.bind(Messages.Print_summary, new Object[] { plan.mission().getDestination(), plan.mission().getDeparture(),
					plan.mission().getReturnDate(), Integer.toString(plan.cases().size()), Integer.toString(packing.pieces().size()),
					Numbers.fixed(packing.totalKg(), 1) }));
			pdf.line(Messages.Print_weights);
			pdf.table(List.of("item", "name", "unit", "cases", "spares", "emerg.", "total", "stock", "short"),
					KitTables.bom(plan).stream().map(r -> List.of(r.get(0), r.get(1), r.get(3), r.get(4), r.get(5), r.get(6),
							r.get(7), r.get(8), r.get(10))).toList(),
					new float[] { 0, 135, 315, 340, 368, 396, 424, 452, 482 });
			pdf.heading(Messages.Print_findings);
			for (Finding finding : plan.findings()) {
				pdf.line(finding.toString());
			}
			for (String broken : packing.brokenLimits()) {
				pdf.line(NLS.bind(Messages.Print_broken, broken));
			}
			for (Piece piece : packing.pieces()) {
				pdf.newPage();
				pdf.heading(NLS.bind(Messages.Print_pieceTitle, new Object[] { Integer.toString(piece.number()),
						Integer.toString(packing.pieces().size()), piece.packing().id() }));
				pdf.line(NLS.bind(Messages.Print_pieceWeight, Numbers.fixed(piece.weightKg(), 2), Numbers.fixed(piece.volumeL(), 1)));
				pdf.table(List.of("item", "name", "lot", "expiry", "qty", "kg"), piece.lines().stream().map(KitPdf::manifestRow).toList(),
						new float[] { 0, 150, 340, 400, 450, 480 });
			}
			pdf.newPage();
			pdf.heading(Messages.Print_customsTitle);
			pdf.table(List.of("item", "name", "quantity", "unit value", "currency", "total"),
					KitTables.customs(plan).stream().map(r -> List.of(r.get(0), r.get(1), r.get(2), r.get(4), r.get(5), r.get(6))).toList(),
					new float[] { 0, 150, 340, 390, 440, 480 });
			pdf.line(Messages.Print_customsNote);
			checklist(pdf, Checklists.preDeparture(plan, packing));
			for (CaseNeeds c : plan.cases()) {
				checklist(pdf, Checklists.preBypass(c, plan));
			}
			return pdf.toBytes();
		}
	}

	/** A checklist on a page of its own: its first line is the title. */
	private static void checklist(PdfDocument pdf, List<String> lines) throws IOException {
		pdf.newPage();
		pdf.heading(lines.get(0));
		for (String line : lines.subList(1, lines.size())) {
			pdf.line(line);
		}
	}

	private static List<String> manifestRow(PackLine line) {
		return List.of(line.item().id(), line.item().name(), KitTables.lot(line.allocation()),
				KitTables.date(line.allocation().expiry()), Integer.toString(line.units()), Numbers.fixed(line.weightKg(), 2));
	}
}
