package org.eccworkbench.cli.internal.calc;

import org.eccworkbench.analysis.BodySize;
import org.eccworkbench.analysis.BsaFormula;
import org.eccworkbench.cli.Arguments;
import org.eccworkbench.cli.UsageException;

/** {@code --height-cm H --weight-kg W [--formula F]}, shared by {@code calc bsa} and {@code calc flow}. */
final class BodyOptions {

	static final String HEIGHT = "height-cm";
	static final String WEIGHT = "weight-kg";
	static final String FORMULA = "formula";

	/** A body surface area and the formula it was computed with. */
	record Bsa(BsaFormula formula, double squareMetres) {
	}

	private BodyOptions() {
	}

	static Bsa bsa(Arguments args) throws UsageException {
		BsaFormula formula = CalcCommand.choice(args, FORMULA, BsaFormula::fromId, BsaFormula.ids(), BsaFormula.DEFAULT);
		BodySize size = new BodySize(CalcCommand.required(args, HEIGHT, BodySize.HEIGHT_CM),
				CalcCommand.required(args, WEIGHT, BodySize.WEIGHT_KG));
		return new Bsa(formula, formula.bsaSquareMetres(size));
	}
}
