package org.eccworkbench.kit.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eccworkbench.kit.pack.PackingResult;
import org.eccworkbench.kit.plan.CaseNeeds;
import org.eccworkbench.kit.plan.KitPlan;
import org.eccworkbench.model.resource.XmiFiles;

/** Writes every output of a plan into a folder; returns the files written. */
public final class KitOutputs {

	public static final String BOM = "bom.csv";
	public static final String PIECES = "pieces.csv";
	public static final String CUSTOMS = "customs-proforma.csv";
	public static final String LEFT_ON_SITE = "left-on-site.csv";
	public static final String CHECKLISTS = "checklists.txt";
	public static final String PDF = "kit.pdf";

	private KitOutputs() {
	}

	public static List<Path> write(KitPlan plan, PackingResult packing, Path folder) throws IOException {
		Files.createDirectories(folder);
		List<Path> written = new ArrayList<>();
		written.add(text(folder.resolve(BOM), KitTables.csv(KitTables.BOM_HEADER, KitTables.bom(plan))));
		written.add(text(folder.resolve(PIECES), KitTables.csv(KitTables.PIECE_HEADER, KitTables.pieces(packing))));
		written.add(text(folder.resolve(CUSTOMS), KitTables.csv(KitTables.CUSTOMS_HEADER, KitTables.customs(plan))));
		written.add(text(folder.resolve(LEFT_ON_SITE), KitTables.csv(KitTables.LEFT_HEADER, KitTables.leftOnSite(plan))));
		StringBuilder checklists = new StringBuilder();
		Checklists.preDeparture(plan, packing).forEach(l -> checklists.append(l).append('\n'));
		for (CaseNeeds c : plan.cases()) {
			checklists.append('\n');
			Checklists.preBypass(c, plan).forEach(l -> checklists.append(l).append('\n'));
		}
		written.add(text(folder.resolve(CHECKLISTS), checklists.toString()));
		Path pdf = folder.resolve(PDF);
		XmiFiles.writeAtomically(pdf, KitPdf.render(plan, packing));
		written.add(pdf);
		return written;
	}

	private static Path text(Path file, String content) throws IOException {
		XmiFiles.writeAtomically(file, content.getBytes(StandardCharsets.UTF_8));
		return file;
	}
}
