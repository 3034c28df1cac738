package org.eccworkbench.sim.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible text of the simulation runtime; French in messages_fr.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.eccworkbench.sim.internal.messages"; //$NON-NLS-1$

	public static String Engine_defaultSweep;
	public static String Engine_reservoirPrime;
	public static String Engine_varied;
	public static String Engine_bloodVolume;
	public static String Json_badEscape;
	public static String Json_badNumber;
	public static String Json_badSurrogate;
	public static String Json_controlChar;
	public static String Json_duplicateName;
	public static String Json_expected;
	public static String Json_expectedCommaOrBrace;
	public static String Json_expectedCommaOrBracket;
	public static String Json_expectedName;
	public static String Json_leadingZero;
	public static String Json_tooDeep;
	public static String Json_trailing;
	public static String Json_unexpectedChar;
	public static String Json_unexpectedEnd;
	public static String Json_unterminatedString;
	public static String Operator_noCardioplegiaSet;
	public static String Operator_noDoseVolume;
	public static String Operator_noHemoconcentrator;
	public static String Operator_noVacuum;
	public static String Operator_skipped;
	public static String Plant_bootVolume;
	public static String Plant_cannulaSized;
	public static String Plant_generic;
	public static String Plant_genericHeadCurve;
	public static String Plant_maxAsRated;
	public static String Plant_noArterialPath;
	public static String Plant_noArterialPump;
	public static String Plant_noOxygenator;
	public static String Plant_noPathToPump;
	public static String Plant_noPatient;
	public static String Plant_noStroke;
	public static String Plant_noVenousPath;
	public static String Plant_nominalStroke;
	public static String Plant_sensorNotOnPath;
	public static String Plant_unknownProduct;
	public static String Plant_primeUnknown;
	public static String Scenario_atOrWhen;
	public static String Scenario_badSignal;
	public static String Scenario_badWord;
	public static String Scenario_belowOrAbove;
	public static String Scenario_conditionalOnly;
	public static String Scenario_missing;
	public static String Scenario_notArray;
	public static String Scenario_notForFault;
	public static String Scenario_notNumber;
	public static String Scenario_notObject;
	public static String Scenario_notString;
	public static String Scenario_notUtf8;
	public static String Scenario_outOfRange;
	public static String Scenario_tooLarge;
	public static String Scenario_tooManyEvents;
	public static String Scenario_unknownMember;
	public static String Stop_airEmbolism;
	public static String Stop_impossible;
	public static String Stop_lineRupture;
	public static String Stop_overflow;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
