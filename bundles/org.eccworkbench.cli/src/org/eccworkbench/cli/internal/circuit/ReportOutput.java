package org.eccworkbench.cli.internal.circuit;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

import org.eccworkbench.analysis.circuit.CircuitFigures;
import org.eccworkbench.analysis.circuit.CircuitOptions;
import org.eccworkbench.analysis.circuit.FlowLimit;
import org.eccworkbench.analysis.circuit.PrimeItem;
import org.eccworkbench.cli.JsonWriter;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.validation.FlowCapacity;
import org.eclipse.osgi.util.NLS;

/** The text and the JSON of {@code eccw report}; docs/model.md shows both. */
final class ReportOutput {

	private ReportOutput() {
	}

	static String json(String file, Circuit circuit, CircuitFigures figures, CircuitOptions options) {
		JsonWriter json = new JsonWriter().beginObject();
		json.member("file", file).member("circuit", circuit.getName()); //$NON-NLS-1$ //$NON-NLS-2$
		json.name("prime").beginObject(); //$NON-NLS-1$
		json.name("items").beginArray(); //$NON-NLS-1$
		for (PrimeItem item : figures.prime()) {
			json.beginObject().member("element_id", item.elementId()).member("label", item.label()) //$NON-NLS-1$ //$NON-NLS-2$
					.member("volume_ml", round(item.volumeMl(), 1)).member("basis", item.basis()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
		}
		json.endArray();
		json.member("known_total_ml", round(figures.knownPrimeMl(), 1)); //$NON-NLS-1$
		json.member("complete", !figures.primeIncomplete()); //$NON-NLS-1$
		json.name("unknown_element_ids").beginArray(); //$NON-NLS-1$
		figures.unknownPrime().forEach(p -> json.value(p.elementId()));
		json.endArray().endObject();
		json.member("bsa_m2", round(figures.bsaSquareMetres(), 2)).member("bsa_formula", options.bsaFormula().id()); //$NON-NLS-1$ //$NON-NLS-2$
		json.member("cardiac_index_l_min_m2", figures.cardiacIndex()); //$NON-NLS-1$
		json.member("target_flow_l_min", round(figures.targetFlowLMin(), 2)); //$NON-NLS-1$
		json.member("blood_volume_ml", round(figures.bloodVolumeMl(), 0)); //$NON-NLS-1$
		json.member("predicted_hct_percent", round(figures.predictedHctPercent(), 1)); //$NON-NLS-1$
		json.member("predicted_hct_is_estimate", true); //$NON-NLS-1$
		json.member("predicted_hct_is_upper_bound", figures.primeIncomplete()); //$NON-NLS-1$
		FlowLimit limit = figures.flowLimit();
		json.member("flow_limit_l_min", limit.litresPerMin().map(v -> OptionalDouble.of(v)).orElse(OptionalDouble.empty())); //$NON-NLS-1$
		json.member("flow_limit_element_id", limit.limitingPart().map(FlowLimit.Part::elementId).orElse(null)); //$NON-NLS-1$
		json.member("flow_limit_basis", limit.limitingPart().flatMap(FlowLimit.Part::capacity).map(FlowCapacity::basis) //$NON-NLS-1$
				.orElse(null));
		json.name("flow_limit_unbounded_element_ids").beginArray(); //$NON-NLS-1$
		limit.unboundedParts().forEach(p -> json.value(p.elementId()));
		json.endArray();
		json.member("accepted_dp_mmhg", options.acceptedDpMmHg()); //$NON-NLS-1$
		json.member("do2i_at_target_flow_ml_min_m2", round(figures.do2iAtTargetFlow(), 0)); //$NON-NLS-1$
		json.member("do2i_is_upper_bound", figures.primeIncomplete()); //$NON-NLS-1$
		json.member("pao2_mmhg", options.pao2MmHg()).member("sao2_percent", round(figures.sao2Percent(), 1)); //$NON-NLS-1$ //$NON-NLS-2$
		json.member("k_ml_per_g", options.kMillilitresPerGram()); //$NON-NLS-1$
		return json.endObject().toString();
	}

	static void text(String file, Circuit circuit, CircuitFigures figures, CircuitOptions options, PrintStream out) {
		out.println(NLS.bind(CircuitMessages.Report_title, circuit.getName(), file));
		out.println(CircuitMessages.Report_prime);
		for (PrimeItem item : figures.prime()) {
			String volume = item.volumeMl().isPresent() ? plain(item.volumeMl().getAsDouble(), 1) : "?"; //$NON-NLS-1$
			out.println(NLS.bind(CircuitMessages.Report_primeItem, new Object[] { pad(volume, 8), item.label(), item.basis() }));
		}
		String known = plain(figures.knownPrimeMl(), 1);
		out.println(figures.primeIncomplete()
				? NLS.bind(CircuitMessages.Report_primeAtLeast, known, Integer.toString(figures.unknownPrime().size()))
				: NLS.bind(CircuitMessages.Report_primeTotal, known));
		out.println(NLS.bind(CircuitMessages.Report_bsa, text(figures.bsaSquareMetres(), 2), options.bsaFormula().id()));
		out.println(NLS.bind(CircuitMessages.Report_targetFlow, text(figures.targetFlowLMin(), 2),
				plain(figures.cardiacIndex(), 2)));
		out.println(NLS.bind(CircuitMessages.Report_bloodVolume, text(figures.bloodVolumeMl(), 0)));
		out.println(NLS.bind(figures.primeIncomplete() ? CircuitMessages.Report_hctAtMost : CircuitMessages.Report_hct,
				text(figures.predictedHctPercent(), 1)));
		FlowLimit limit = figures.flowLimit();
		if (limit.limitingPart().isPresent()) {
			FlowLimit.Part part = limit.limitingPart().get();
			out.println(NLS.bind(CircuitMessages.Report_flowLimit, new Object[] { plain(limit.litresPerMin().get(), 2),
					part.elementId(), part.label(), part.capacity().get().basis() }));
		} else {
			out.println(CircuitMessages.Report_flowLimitUnknown);
		}
		if (!limit.unboundedParts().isEmpty()) {
			out.println(NLS.bind(CircuitMessages.Report_flowUnbounded,
					String.join(", ", limit.unboundedParts().stream().map(FlowLimit.Part::elementId).toList()))); //$NON-NLS-1$
		}
		out.println(NLS.bind(figures.primeIncomplete() ? CircuitMessages.Report_do2iAtMost : CircuitMessages.Report_do2i,
				new Object[] { text(figures.do2iAtTargetFlow(), 0), plain(options.pao2MmHg(), 0),
						text(figures.sao2Percent(), 1), plain(options.kMillilitresPerGram(), 2) }));
	}

	private static String text(OptionalDouble value, int decimals) {
		return value.isPresent() ? plain(value.getAsDouble(), decimals) : CircuitMessages.Report_unknown;
	}

	static String plain(double value, int decimals) {
		return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
	}

	private static OptionalDouble round(OptionalDouble value, int decimals) {
		return value.isPresent() ? OptionalDouble.of(round(value.getAsDouble(), decimals)) : value;
	}

	private static double round(double value, int decimals) {
		return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
	}

	private static String pad(String text, int width) {
		return " ".repeat(Math.max(0, width - text.length())) + text; //$NON-NLS-1$
	}
}
