package org.eccworkbench.cli.internal.calc;

import static org.eccworkbench.cli.internal.calc.CalcOutput.fixed;
import static org.eccworkbench.cli.internal.calc.CalcOutput.plain;

import java.util.Set;

import org.eccworkbench.analysis.BodySize;
import org.eccworkbench.analysis.HeparinDose;
import org.eccworkbench.cli.Arguments;
import org.eccworkbench.cli.UsageException;
import org.eclipse.osgi.util.NLS;

/**
 * {@code eccw calc heparin --weight-kg W [--units-per-kg 300] [--protamine-mg-per-100u 1.0]
 * [--json]}: the initial heparin dose and the protamine to reverse it.
 */
public final class HeparinCommand extends CalcCommand {

	static final String WEIGHT = "weight-kg";
	static final String UNITS_PER_KG = "units-per-kg";
	static final String PROTAMINE = "protamine-mg-per-100u";

	public HeparinCommand() {
		super(Set.of(WEIGHT, UNITS_PER_KG, PROTAMINE));
	}

	@Override
	void compute(Arguments args, CalcOutput output) throws UsageException {
		HeparinDose dose = new HeparinDose(required(args, WEIGHT, BodySize.WEIGHT_KG),
				optional(args, UNITS_PER_KG, HeparinDose.UNITS_PER_KG).orElse(HeparinDose.DEFAULT_UNITS_PER_KG),
				optional(args, PROTAMINE, HeparinDose.PROTAMINE_MG_PER_100_UNITS)
						.orElse(HeparinDose.DEFAULT_PROTAMINE_MG_PER_100_UNITS));
		output.json().put("heparin_units", dose.heparinUnits()).put("protamine_mg", dose.protamineMilligrams())
				.put("units_per_kg", dose.unitsPerKg()).put("protamine_mg_per_100u", dose.protamineMgPer100Units());
		output.line(NLS.bind(CalcMessages.Heparin_heparin,
				new Object[] { fixed(dose.heparinUnits(), 0), plain(dose.unitsPerKg()), plain(dose.weightKg()) }));
		output.line(NLS.bind(CalcMessages.Heparin_protamine, fixed(dose.protamineMilligrams(), 0),
				plain(dose.protamineMgPer100Units())));
		output.line(CalcMessages.Heparin_caveat);
	}
}
