package org.eccworkbench.cli.internal.calc;

import static org.eccworkbench.cli.internal.calc.CalcOutput.fixed;
import static org.eccworkbench.cli.internal.calc.CalcOutput.plain;

import java.util.Set;

import org.eccworkbench.analysis.BsaFormula;
import org.eccworkbench.analysis.Do2iThreshold;
import org.eccworkbench.analysis.OxygenContent;
import org.eccworkbench.analysis.OxygenDelivery;
import org.eccworkbench.cli.Arguments;
import org.eccworkbench.cli.UsageException;
import org.eclipse.osgi.util.NLS;

/**
 * {@code eccw calc do2 --hb-g-dl X --sao2-percent S --pao2-mmhg P --flow-l-min Q --bsa-m2 B
 * [--k 1.34] [--json]}: oxygen content, delivery and indexed delivery, against the published
 * DO2i thresholds.
 */
public final class Do2Command extends CalcCommand {

	static final String HB = "hb-g-dl";
	static final String SAO2 = "sao2-percent";
	static final String PAO2 = "pao2-mmhg";
	static final String FLOW = "flow-l-min";
	static final String BSA = "bsa-m2";
	static final String K = "k";

	public Do2Command() {
		super(Set.of(HB, SAO2, PAO2, FLOW, BSA, K));
	}

	@Override
	void compute(Arguments args, CalcOutput output) throws UsageException {
		OxygenContent content = new OxygenContent(required(args, HB, OxygenContent.HB_G_DL),
				required(args, SAO2, OxygenContent.SAO2_PERCENT), required(args, PAO2, OxygenContent.PAO2_MMHG),
				optional(args, K, OxygenContent.K_ML_PER_G).orElse(OxygenContent.DEFAULT_K));
		OxygenDelivery delivery = new OxygenDelivery(content, required(args, FLOW, OxygenDelivery.FLOW_L_MIN),
				required(args, BSA, BsaFormula.BSA_M2));
		double do2i = delivery.do2iMillilitresPerMinPerSquareMetre();
		output.json().put("cao2_ml_dl", content.cao2MillilitresPerDecilitre())
				.put("do2_ml_min", delivery.do2MillilitresPerMin()).put("do2i_ml_min_m2", do2i)
				.put("k_ml_per_g", content.kMillilitresPerGram());
		output.line(NLS.bind(CalcMessages.Do2_cao2, fixed(content.cao2MillilitresPerDecilitre(), 2),
				plain(content.kMillilitresPerGram())));
		output.line(NLS.bind(CalcMessages.Do2_do2, fixed(delivery.do2MillilitresPerMin(), 0)));
		output.line(NLS.bind(CalcMessages.Do2_do2i, fixed(do2i, 0)));
		for (Do2iThreshold threshold : Do2iThreshold.values()) {
			boolean below = delivery.isBelow(threshold);
			String value = plain(threshold.mlPerMinPerSquareMetre());
			output.json().put("below_" + value, below);
			output.line(NLS.bind(CalcMessages.Do2_threshold,
					new Object[] { value, threshold.citation(), below ? CalcMessages.Calc_yes : CalcMessages.Calc_no }));
		}
	}
}
