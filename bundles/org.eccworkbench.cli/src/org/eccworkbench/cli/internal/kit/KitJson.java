package org.eccworkbench.cli.internal.kit;

import java.util.List;
import java.util.stream.Collectors;

import org.eccworkbench.cli.JsonObject;
import org.eccworkbench.kit.pack.PackingResult;
import org.eccworkbench.kit.pack.Piece;
import org.eccworkbench.kit.plan.CaseNeeds;
import org.eccworkbench.kit.plan.Finding;
import org.eccworkbench.kit.plan.KitPlan;
import org.eccworkbench.kit.plan.Requirement;

/** The {@code --json} form of {@code eccw kit plan}: flat objects in arrays, one object per line. */
final class KitJson {

	private KitJson() {
	}

	static String plan(KitPlan plan, PackingResult packing) {
		JsonObject summary = new JsonObject().put("mission", plan.mission().getName())
				.put("cases", (long) plan.cases().size()).put("fulfillable", plan.fulfillable() && packing.fits())
				.put("pieces", (long) packing.pieces().size()).put("total_kg", packing.totalKg());
		List<String> cases = plan.cases().stream().map(KitJson::caseJson).toList();
		List<String> lines = plan.requirements().stream().map(KitJson::line).toList();
		List<String> pieces = packing.pieces().stream().map(KitJson::piece).toList();
		List<String> findings = plan.findings().stream().map(KitJson::finding).collect(Collectors.toList());
		packing.brokenLimits().forEach(b -> findings.add(new JsonObject().put("severity", "blocking").put("message", b).toString()));
		return "{\"summary\": " + summary + ",\n\"cases\": " + array(cases) + ",\n\"bom\": " + array(lines)
				+ ",\n\"pieces\": " + array(pieces) + ",\n\"findings\": " + array(findings) + "}";
	}

	private static String array(List<String> objects) {
		return objects.isEmpty() ? "[]" : "[\n  " + String.join(",\n  ", objects) + "\n]";
	}

	private static String caseJson(CaseNeeds c) {
		JsonObject json = new JsonObject().put("id", c.plannedCase().getId()).put("weight_kg", c.plannedCase().getWeightKg())
				.put("template", c.template()).put("bsa_m2", c.bsaSquareMetres()).put("target_flow_l_min", c.targetFlowLMin())
				.put("prime_ml", c.primeMl()).put("heparin_u", c.heparinUnits()).put("protamine_mg", c.protamineMg())
				.put("cardioplegia_ml", c.cardioplegiaMl());
		if (!Double.isNaN(c.predictedHctPercent())) {
			json.put("predicted_hct_percent", c.predictedHctPercent());
		}
		return json.toString();
	}

	private static String line(Requirement r) {
		return new JsonObject().put("item", r.item().id()).put("category", r.item().category().id()).put("unit", r.item().unit())
				.put("for_cases", r.forCases()).put("spares", r.spares()).put("emergency", r.emergency()).put("total", r.total())
				.put("usable_stock", r.available()).put("expired_not_counted", r.expired()).put("shortage", r.shortage())
				.toString();
	}

	private static String piece(Piece piece) {
		return new JsonObject().put("piece", (long) piece.number()).put("packing", piece.packing().id())
				.put("weight_kg", piece.weightKg()).put("volume_l", piece.volumeL()).put("lines", (long) piece.lines().size())
				.toString();
	}

	private static String finding(Finding finding) {
		return new JsonObject().put("severity", finding.severity().name().toLowerCase(java.util.Locale.ROOT))
				.put("message", finding.message()).toString();
	}
}
