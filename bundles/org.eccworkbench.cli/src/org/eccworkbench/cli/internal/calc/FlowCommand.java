package org.eccworkbench.cli.internal.calc;

import static org.eccworkbench.cli.internal.calc.CalcOutput.fixed;
import static org.eccworkbench.cli.internal.calc.CalcOutput.plain;

import java.util.Set;

import org.eccworkbench.analysis.TargetFlow;
import org.eccworkbench.cli.Arguments;
import org.eccworkbench.cli.UsageException;
import org.eclipse.osgi.util.NLS;

/**
 * {@code eccw calc flow --height-cm H --weight-kg W --cardiac-index CI [--formula F] [--json]}:
 * the target pump flow, CI × BSA.
 */
public final class FlowCommand extends CalcCommand {

	static final String CARDIAC_INDEX = "cardiac-index";

	public FlowCommand() {
		super(Set.of(BodyOptions.HEIGHT, BodyOptions.WEIGHT, BodyOptions.FORMULA, CARDIAC_INDEX));
	}

	@Override
	void compute(Arguments args, CalcOutput output) throws UsageException {
		BodyOptions.Bsa bsa = BodyOptions.bsa(args);
		double cardiacIndex = required(args, CARDIAC_INDEX, TargetFlow.CARDIAC_INDEX);
		double flow = new TargetFlow(bsa.squareMetres(), cardiacIndex).flowLitresPerMin();
		output.json().put("bsa_m2", bsa.squareMetres()).put("flow_l_min", flow)
				.put("cardiac_index_l_min_m2", cardiacIndex).put("formula", bsa.formula().id());
		output.line(NLS.bind(CalcMessages.Bsa_line, fixed(bsa.squareMetres(), 2), bsa.formula().citation()));
		output.line(NLS.bind(CalcMessages.Flow_line,
				new Object[] { fixed(flow, 2), plain(cardiacIndex), fixed(bsa.squareMetres(), 2) }));
	}
}
