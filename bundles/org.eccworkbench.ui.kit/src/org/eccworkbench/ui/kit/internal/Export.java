package org.eccworkbench.ui.kit.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eccworkbench.kit.output.Checklists;
import org.eccworkbench.kit.output.KitOutputs;
import org.eccworkbench.kit.output.KitPdf;
import org.eccworkbench.kit.output.KitTables;
import org.eccworkbench.kit.pack.PackingResult;
import org.eccworkbench.kit.plan.CaseNeeds;
import org.eccworkbench.kit.plan.KitPlan;
import org.eccworkbench.model.resource.XmiFiles;

/** The kit's outputs the BOM view exports, each written atomically. */
enum Export {

	BOM_CSV(KitOutputs.BOM, "*.csv"),
	PDF(KitOutputs.PDF, "*.pdf"),
	CUSTOMS(KitOutputs.CUSTOMS, "*.csv"),
	CHECKLISTS(KitOutputs.CHECKLISTS, "*.txt");

	final String fileName;
	final String filter;

	Export(String fileName, String filter) {
		this.fileName = fileName;
		this.filter = filter;
	}

	String label() {
		return switch (this) {
		case BOM_CSV -> Messages.Export_bom;
		case PDF -> Messages.Export_pdf;
		case CUSTOMS -> Messages.Export_customs;
		case CHECKLISTS -> Messages.Export_checklists;
		};
	}

	byte[] content(KitPlan plan, PackingResult packing) throws IOException {
		return switch (this) {
		case BOM_CSV -> utf8(KitTables.csv(KitTables.BOM_HEADER, KitTables.bom(plan)));
		case PDF -> KitPdf.render(plan, packing);
		case CUSTOMS -> utf8(KitTables.csv(KitTables.CUSTOMS_HEADER, KitTables.customs(plan)));
		case CHECKLISTS -> utf8(checklists(plan, packing));
		};
	}

	void write(KitPlan plan, PackingResult packing, Path file) throws IOException {
		XmiFiles.writeAtomically(file, content(plan, packing));
	}

	private static String checklists(KitPlan plan, PackingResult packing) {
		StringBuilder text = new StringBuilder();
		Checklists.preDeparture(plan, packing).forEach(l -> text.append(l).append('\n'));
		for (CaseNeeds c : plan.cases()) {
			text.append('\n');
			Checklists.preBypass(c, plan).forEach(l -> text.append(l).append('\n'));
		}
		return text.toString();
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
