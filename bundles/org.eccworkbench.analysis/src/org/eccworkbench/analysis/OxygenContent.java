package org.eccworkbench.analysis;

/**
 * Arterial oxygen content: CaO2 (mL/dL) = k × Hb × SaO2 + 0.003 × PaO2, with Hb in g/dL, SaO2 as
 * a fraction and PaO2 in mmHg.
 * <p>
 * k, the oxygen bound per gram of haemoglobin, is 1.34 mL/g in the perfusion-tools goal-directed
 * perfusion calculator (perfusion-tools.pages.dev), 1.36 in JAHA 2021 (PMC7792239) and 1.39 in
 * other texts; it changes DO2i by about 1.5-3.5 %, so it is a parameter, {@link #DEFAULT_K} by
 * default, and every output states it. The dissolved-oxygen coefficient 0.003 mL/dL/mmHg is from
 * Bartlett, J Intensive Care Med 2016.
 *
 * @param hbGramsPerDecilitre haemoglobin, within {@link #HB_G_DL}
 * @param sao2Percent         arterial saturation, within {@link #SAO2_PERCENT}
 * @param pao2MmHg            arterial partial pressure of oxygen, within {@link #PAO2_MMHG}
 * @param kMillilitresPerGram oxygen bound per gram of haemoglobin, within {@link #K_ML_PER_G}
 */
public record OxygenContent(double hbGramsPerDecilitre, double sao2Percent, double pao2MmHg,
		double kMillilitresPerGram) {

	/** k of the perfusion-tools GDP calculator. */
	public static final double DEFAULT_K = 1.34;
	/** Dissolved oxygen, mL O2 per dL of blood per mmHg (Bartlett 2016). */
	public static final double DISSOLVED_ML_PER_DL_PER_MMHG = 0.003;

	public static final Limit HB_G_DL = new Limit("hbGdl", 1, 25, "g/dL");
	public static final Limit SAO2_PERCENT = new Limit("sao2Percent", 0, 100, "%");
	/** Up to hyperbaric values; oxygenator outlets commonly run 150-400 mmHg. */
	public static final Limit PAO2_MMHG = new Limit("pao2MmHg", 0, 1000, "mmHg");
	/** The published values are 1.34, 1.36 and 1.39 mL/g. */
	public static final Limit K_ML_PER_G = new Limit("k", 1.30, 1.40, "mL/g");

	public OxygenContent {
		HB_G_DL.check(hbGramsPerDecilitre);
		SAO2_PERCENT.check(sao2Percent);
		PAO2_MMHG.check(pao2MmHg);
		K_ML_PER_G.check(kMillilitresPerGram);
	}

	/** With {@link #DEFAULT_K}. */
	public OxygenContent(double hbGramsPerDecilitre, double sao2Percent, double pao2MmHg) {
		this(hbGramsPerDecilitre, sao2Percent, pao2MmHg, DEFAULT_K);
	}

	/** CaO2, mL O2 per dL of blood. */
	public double cao2MillilitresPerDecilitre() {
		return kMillilitresPerGram * hbGramsPerDecilitre * sao2Percent / 100.0
				+ DISSOLVED_ML_PER_DL_PER_MMHG * pao2MmHg;
	}
}
