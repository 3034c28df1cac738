package org.eccworkbench.analysis.circuit;

import java.util.Objects;
import java.util.OptionalDouble;

import org.eccworkbench.analysis.BsaFormula;
import org.eccworkbench.analysis.Limit;
import org.eccworkbench.analysis.OxygenContent;

/**
 * The choices behind the circuit figures that are not in the circuit file.
 *
 * @param bsaFormula               the BSA formula for the target flow
 * @param acceptedDpMmHg           the pressure drop accepted across an arterial cannula or a tube
 *                                 at target flow; about 100 mmHg is the accepted maximum across an
 *                                 arterial cannula under normal conditions (a perfusion teaching
 *                                 site, aryanikan.com: a weak source, consistent with common
 *                                 practice)
 * @param acceptedVenousSuctionMmHg the pump-inlet suction (as a positive number of mmHg) accepted
 *                                 at a venous cannula; empty when none is chosen, and then venous
 *                                 cannula figures (measured at -300 mmHg) are not used
 * @param pao2MmHg                 the arterial PO2 on bypass for DO2i; about 150 mmHg is the
 *                                 common target in models of oxygenator gas exchange (FiO2 is
 *                                 titrated to a target PaO2; EACTS 2019 advises against hyperoxia)
 * @param kMillilitresPerGram      oxygen bound per gram of haemoglobin (1.34 mL/g by default, as the perfusion-tools GDP
 *                                 calculator; see OxygenContent)
 */
public record CircuitOptions(BsaFormula bsaFormula, double acceptedDpMmHg, OptionalDouble acceptedVenousSuctionMmHg,
		double pao2MmHg, double kMillilitresPerGram) {

	public static final double DEFAULT_ACCEPTED_DP_MMHG = 100;
	public static final double DEFAULT_PAO2_MMHG = 150;
	public static final Limit DP_MMHG = new Limit("acceptedDpMmHg", 10, 500, "mmHg");

	public CircuitOptions {
		Objects.requireNonNull(bsaFormula);
		Objects.requireNonNull(acceptedVenousSuctionMmHg);
		DP_MMHG.check(acceptedDpMmHg);
		acceptedVenousSuctionMmHg.ifPresent(DP_MMHG::check);
		OxygenContent.PAO2_MMHG.check(pao2MmHg);
		OxygenContent.K_ML_PER_G.check(kMillilitresPerGram);
	}

	public static CircuitOptions defaults() {
		return new CircuitOptions(BsaFormula.DEFAULT, DEFAULT_ACCEPTED_DP_MMHG, OptionalDouble.empty(),
				DEFAULT_PAO2_MMHG, OxygenContent.DEFAULT_K);
	}
}
