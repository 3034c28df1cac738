package org.eccworkbench.kit.output;

import java.io.IOException;
import java.util.List;

import org.eccworkbench.kit.pack.PackLine;
import org.eccworkbench.kit.pack.PackingResult;
import org.eccworkbench.kit.pack.Piece;
import org.eccworkbench.kit.plan.CaseNeeds;
import org.eccworkbench.kit.plan.Finding;
import org.eccworkbench.kit.plan.KitPlan;
import org.eccworkbench.kit.plan.Numbers;

/**
 * The printed kit: the master list (bill of materials and findings), one manifest page per piece,
 * the customs pro-forma, the pre-departure checklist and a pre-bypass checklist per case.
 */
public final class KitPdf {

	private KitPdf() {
	}

	public static byte[] render(KitPlan plan, PackingResult packing) throws IOException {
		try (PdfDocument pdf = new PdfDocument()) {
			pdf.newPage();
			pdf.heading("Master list: " + plan.mission().getName());
			pdf.line("Destination: " + plan.mission().getDestination() + "; " + plan.mission().getDeparture() + " to "
					+ plan.mission().getReturnDate() + "; " + plan.cases().size() + " cases; " + packing.pieces().size()
					+ " pieces, " + Numbers.fixed(packing.totalKg(), 1) + " kg");
			pdf.line("Weights marked 'planning default' are not measured: weigh the pieces before the flight.");
			pdf.table(List.of("item", "name", "unit", "cases", "spares", "emerg.", "total", "stock", "short"),
					KitTables.bom(plan).stream().map(r -> List.of(r.get(0), r.get(1), r.get(3), r.get(4), r.get(5), r.get(6),
							r.get(7), r.get(8), r.get(10))).toList(),
					new float[] { 0, 135, 315, 340, 368, 396, 424, 452, 482 });
			pdf.heading("Findings");
			for (Finding finding : plan.findings()) {
				pdf.line(finding.toString());
			}
			for (String broken : packing.brokenLimits()) {
				pdf.line("limit broken: " + broken);
			}
			for (Piece piece : packing.pieces()) {
				pdf.newPage();
				pdf.heading("Piece " + piece.number() + " of " + packing.pieces().size() + " - " + piece.packing().id());
				pdf.line("Weight " + Numbers.fixed(piece.weightKg(), 2) + " kg (with tare), volume " + Numbers.fixed(piece.volumeL(), 1)
						+ " L");
				pdf.table(List.of("item", "name", "lot", "expiry", "qty", "kg"), piece.lines().stream().map(KitPdf::manifestRow).toList(),
						new float[] { 0, 150, 340, 400, 450, 480 });
			}
			pdf.newPage();
			pdf.heading("Customs pro-forma list");
			pdf.table(List.of("item", "name", "quantity", "unit value", "currency", "total"),
					KitTables.customs(plan).stream().map(r -> List.of(r.get(0), r.get(1), r.get(2), r.get(4), r.get(5), r.get(6))).toList(),
					new float[] { 0, 150, 340, 390, 440, 480 });
			pdf.line("An empty value is stock still to procure or a lot without a recorded value.");
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
