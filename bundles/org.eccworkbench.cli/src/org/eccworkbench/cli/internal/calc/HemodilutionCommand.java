package org.eccworkbench.cli.internal.calc;

import static org.eccworkbench.cli.internal.calc.CalcOutput.fixed;
import static org.eccworkbench.cli.internal.calc.CalcOutput.plain;

import java.util.Set;

import org.eccworkbench.analysis.HemodilutionEstimate;
import org.eccworkbench.cli.Arguments;
import org.eccworkbench.cli.UsageException;
import org.eclipse.osgi.util.NLS;

/**
 * {@code eccw calc hemodilution --ebv-ml V --hct-percent P --prime-ml V [--added-ml V]
 * [--removed-ml V] [--json]}: the predicted haematocrit on bypass, an estimate.
 */
public final class HemodilutionCommand extends CalcCommand {

	static final String EBV = "ebv-ml";
	static final String HCT = "hct-percent";
	static final String PRIME = "prime-ml";
	static final String ADDED = "added-ml";
	static final String REMOVED = "removed-ml";

	public HemodilutionCommand() {
		super(Set.of(EBV, HCT, PRIME, ADDED, REMOVED));
	}

	@Override
	void compute(Arguments args, CalcOutput output) throws UsageException {
		double ebv = required(args, EBV, HemodilutionEstimate.EBV_ML);
		double hct = required(args, HCT, HemodilutionEstimate.HCT_PERCENT);
		double prime = required(args, PRIME, HemodilutionEstimate.VOLUME_ML);
		double added = optional(args, ADDED, HemodilutionEstimate.VOLUME_ML).orElse(0.0);
		// Retrograde priming cannot take off more clear fluid than was put in.
		double removed = args.number(REMOVED, 0, prime + added, "mL").orElse(0.0);
		HemodilutionEstimate estimate = new HemodilutionEstimate(ebv, hct, prime, added, removed);
		output.json().put("predicted_hct_percent", estimate.predictedHctPercent())
				.put("total_volume_ml", estimate.totalVolumeMillilitres()).put("estimate", true);
		output.line(NLS.bind(CalcMessages.Hemodilution_line, fixed(estimate.predictedHctPercent(), 1)));
		output.line(NLS.bind(CalcMessages.Hemodilution_volume, new Object[] { fixed(estimate.totalVolumeMillilitres(), 0),
				plain(ebv), plain(prime), plain(added), plain(removed) }));
		output.line(CalcMessages.Hemodilution_caveat);
	}
}
