package org.eccworkbench.cli.internal.calc;

import org.eclipse.osgi.util.NLS;

/** User-visible text of the {@code eccw calc} subcommands; French in messages_fr.properties. */
public final class CalcMessages extends NLS {

	private static final String BUNDLE_NAME = "org.eccworkbench.cli.internal.calc.messages"; //$NON-NLS-1$

	public static String Calc_unexpectedArgument;
	public static String Calc_missingChoice;
	public static String Calc_oneOf;
	public static String Calc_exactlyOne;
	public static String Calc_yes;
	public static String Calc_no;
	public static String Bsa_line;
	public static String Flow_line;
	public static String Tubing_line;
	public static String Hemodilution_line;
	public static String Hemodilution_volume;
	public static String Hemodilution_caveat;
	public static String Do2_cao2;
	public static String Do2_do2;
	public static String Do2_do2i;
	public static String Do2_threshold;
	public static String Roller_flow;
	public static String Roller_strokeGiven;
	public static String Roller_strokeNominal;
	public static String Heparin_heparin;
	public static String Heparin_protamine;
	public static String Heparin_caveat;
	public static String Cardioplegia_induction;
	public static String Cardioplegia_redose;
	public static String Cardioplegia_weight;
	public static String Cardioplegia_capped;
	public static String Cardioplegia_volume;
	public static String Cardioplegia_parts;
	public static String Cardioplegia_noWeightBasedDose;
	public static String Cardioplegia_maxWithoutWeight;
	public static String Ebv_band;
	public static String Ebv_explicit;

	static {
		NLS.initializeMessages(BUNDLE_NAME, CalcMessages.class);
	}

	private CalcMessages() {
	}
}
