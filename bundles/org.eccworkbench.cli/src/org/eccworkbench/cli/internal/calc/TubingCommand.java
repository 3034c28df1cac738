package org.eccworkbench.cli.internal.calc;

import static org.eccworkbench.cli.internal.calc.CalcOutput.fixed;
import static org.eccworkbench.cli.internal.calc.CalcOutput.plain;

import java.util.Set;

import org.eccworkbench.analysis.TubingDiameter;
import org.eccworkbench.analysis.TubingPrime;
import org.eccworkbench.cli.Arguments;
import org.eccworkbench.cli.UsageException;
import org.eclipse.osgi.util.NLS;

/** {@code eccw calc tubing --id-inch 3/8 --length-m L [--json]}: the priming volume of tubing. */
public final class TubingCommand extends CalcCommand {

	static final String ID_INCH = "id-inch";
	static final String LENGTH = "length-m";

	public TubingCommand() {
		super(Set.of(ID_INCH, LENGTH));
	}

	@Override
	void compute(Arguments args, CalcOutput output) throws UsageException {
		String idText = args.requiredOption(ID_INCH);
		TubingDiameter diameter = TubingDiameter.parse(idText, "--" + ID_INCH);
		TubingPrime prime = new TubingPrime(diameter, required(args, LENGTH, TubingPrime.LENGTH_M));
		output.json().put("prime_ml", prime.primeMillilitres()).put("id_inch", diameter.inches())
				.put("id_mm", diameter.millimetres()).put("length_m", prime.lengthMetres())
				.put("ml_per_m", prime.millilitresPerMetre());
		output.line(NLS.bind(CalcMessages.Tubing_line, new Object[] { fixed(prime.primeMillilitres(), 1), idText.strip(),
				fixed(diameter.millimetres(), 2), fixed(prime.millilitresPerMetre(), 1), plain(prime.lengthMetres()) }));
	}
}
