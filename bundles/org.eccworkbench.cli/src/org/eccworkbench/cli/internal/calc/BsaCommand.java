package org.eccworkbench.cli.internal.calc;

import static org.eccworkbench.cli.internal.calc.CalcOutput.fixed;

import java.util.Set;

import org.eccworkbench.cli.Arguments;
import org.eccworkbench.cli.UsageException;
import org.eclipse.osgi.util.NLS;

/** {@code eccw calc bsa --height-cm H --weight-kg W [--formula F] [--json]}: body surface area. */
public final class BsaCommand extends CalcCommand {

	public BsaCommand() {
		super(Set.of(BodyOptions.HEIGHT, BodyOptions.WEIGHT, BodyOptions.FORMULA));
	}

	@Override
	void compute(Arguments args, CalcOutput output) throws UsageException {
		BodyOptions.Bsa bsa = BodyOptions.bsa(args);
		output.json().put("bsa_m2", bsa.squareMetres()).put("formula", bsa.formula().id());
		output.line(NLS.bind(CalcMessages.Bsa_line, fixed(bsa.squareMetres(), 2), bsa.formula().citation()));
	}
}
