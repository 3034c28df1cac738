package org.eccworkbench.cli.internal.calc;

import static org.eccworkbench.cli.internal.calc.CalcOutput.fixed;
import static org.eccworkbench.cli.internal.calc.CalcOutput.plain;

import java.util.Set;

import org.eccworkbench.analysis.BodySize;
import org.eccworkbench.analysis.CardioplegiaProtocol;
import org.eccworkbench.analysis.CardioplegiaProtocol.Dose;
import org.eccworkbench.analysis.CardioplegiaVolumes;
import org.eccworkbench.cli.Arguments;
import org.eccworkbench.cli.UsageException;
import org.eclipse.osgi.util.NLS;

/**
 * {@code eccw calc cardioplegia --protocol P (--weight-kg W [--redose] [--max-ml M] |
 * --volume-ml V) [--json]}: one cardioplegia dose and its crystalloid and blood parts.
 */
public final class CardioplegiaCommand extends CalcCommand {

	static final String PROTOCOL = "protocol";
	static final String WEIGHT = "weight-kg";
	static final String VOLUME = "volume-ml";
	static final String MAX = "max-ml";
	static final String REDOSE = "redose";

	public CardioplegiaCommand() {
		super(Set.of(PROTOCOL, WEIGHT, VOLUME, MAX), Set.of(REDOSE));
	}

	@Override
	void compute(Arguments args, CalcOutput output) throws UsageException {
		CardioplegiaProtocol protocol = choice(args, PROTOCOL, CardioplegiaProtocol::fromId, CardioplegiaProtocol.ids(),
				null);
		Dose dose = args.flag(REDOSE) ? Dose.REDOSE : Dose.INDUCTION;
		String doseName = dose == Dose.REDOSE ? CalcMessages.Cardioplegia_redose : CalcMessages.Cardioplegia_induction;
		output.json().put("protocol", protocol.id()).put("dose", dose == Dose.REDOSE ? "redose" : "induction");
		CardioplegiaVolumes volumes;
		if (exactlyOne(args, WEIGHT, VOLUME)) {
			double weightKg = required(args, WEIGHT, BodySize.WEIGHT_KG);
			double mlPerKg = protocol.mlPerKg(dose).orElseThrow(() -> new IllegalArgumentException(
					NLS.bind(CalcMessages.Cardioplegia_noWeightBasedDose, protocol.id(), doseName)));
			double maxMl = optional(args, MAX, CardioplegiaVolumes.MAX_ML)
					.orElse(protocol.defaultMaxMl(dose).orElse(CardioplegiaVolumes.MAX_ML.max()));
			volumes = CardioplegiaVolumes.byWeight(protocol, dose, weightKg, maxMl);
			output.json().put("ml_per_kg", mlPerKg).put("max_ml", maxMl).put("capped", volumes.capped());
			Object[] values = { protocol.id(), doseName, fixed(volumes.totalMl(), 0), plain(mlPerKg), plain(weightKg),
					fixed(mlPerKg * weightKg, 0), plain(maxMl) };
			output.line(NLS.bind(volumes.capped() ? CalcMessages.Cardioplegia_capped : CalcMessages.Cardioplegia_weight,
					values));
		} else {
			if (args.option(MAX).isPresent()) {
				throw new UsageException(NLS.bind(CalcMessages.Cardioplegia_maxWithoutWeight, MAX, WEIGHT));
			}
			volumes = CardioplegiaVolumes.ofTotal(protocol, required(args, VOLUME, CardioplegiaVolumes.TOTAL_ML));
			output.line(NLS.bind(CalcMessages.Cardioplegia_volume, new Object[] { protocol.id(), doseName,
					fixed(volumes.totalMl(), 0) }));
		}
		output.json().put("total_ml", volumes.totalMl()).put("crystalloid_ml", volumes.crystalloidMl())
				.put("blood_ml", volumes.bloodMl()).put("blood_parts", protocol.bloodParts())
				.put("crystalloid_parts", protocol.crystalloidParts());
		output.line(NLS.bind(CalcMessages.Cardioplegia_parts, new Object[] { fixed(volumes.crystalloidMl(), 0),
				fixed(volumes.bloodMl(), 0), protocol.bloodParts(), protocol.crystalloidParts() }));
	}
}
