package org.eccworkbench.cli.internal.calc;

import static org.eccworkbench.cli.internal.calc.CalcOutput.fixed;
import static org.eccworkbench.cli.internal.calc.CalcOutput.plain;

import java.util.Set;

import org.eccworkbench.analysis.BloodVolumeBand;
import org.eccworkbench.analysis.BloodVolumeEstimate;
import org.eccworkbench.analysis.BodySize;
import org.eccworkbench.cli.Arguments;
import org.eccworkbench.cli.UsageException;
import org.eclipse.osgi.util.NLS;

/**
 * {@code eccw calc ebv --weight-kg W (--band B | --ml-per-kg X) [--json]}: estimated blood
 * volume from a published age band, or from a figure the user chooses.
 */
public final class EbvCommand extends CalcCommand {

	static final String WEIGHT = "weight-kg";
	static final String BAND = "band";
	static final String ML_PER_KG = "ml-per-kg";

	public EbvCommand() {
		super(Set.of(WEIGHT, BAND, ML_PER_KG));
	}

	@Override
	void compute(Arguments args, CalcOutput output) throws UsageException {
		boolean byBand = exactlyOne(args, BAND, ML_PER_KG);
		double weightKg = required(args, WEIGHT, BodySize.WEIGHT_KG);
		BloodVolumeEstimate ebv;
		if (byBand) {
			BloodVolumeBand band = choice(args, BAND, BloodVolumeBand::fromId, BloodVolumeBand.ids(), null);
			ebv = BloodVolumeEstimate.of(band, weightKg);
			output.json().put("band", band.id()).put("source", band.source().title());
			output.line(NLS.bind(CalcMessages.Ebv_band,
					new Object[] { fixed(ebv.ebvMillilitres(), 0), fixed(ebv.lowMillilitres(), 0),
							fixed(ebv.highMillilitres(), 0), band.id(), plain(band.lowMlPerKg()),
							plain(band.highMlPerKg()), band.source().title() }));
		} else {
			ebv = BloodVolumeEstimate.explicit(required(args, ML_PER_KG, BloodVolumeEstimate.ML_PER_KG), weightKg);
			output.json().put("band", (String) null).put("source", (String) null);
			output.line(NLS.bind(CalcMessages.Ebv_explicit,
					new Object[] { fixed(ebv.ebvMillilitres(), 0), plain(ebv.lowMlPerKg()), plain(weightKg) }));
		}
		output.json().put("ebv_ml", ebv.ebvMillilitres()).put("ebv_low_ml", ebv.lowMillilitres())
				.put("ebv_high_ml", ebv.highMillilitres()).put("ml_per_kg_low", ebv.lowMlPerKg())
				.put("ml_per_kg_high", ebv.highMlPerKg()).put("weight_kg", weightKg);
	}
}
