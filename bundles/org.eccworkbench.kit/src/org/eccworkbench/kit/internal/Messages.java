package org.eccworkbench.kit.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the mission kit planner; French in messages_fr.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.eccworkbench.kit.internal.messages"; //$NON-NLS-1$

	public static String Load_notAMission;
	public static String Load_version;
	public static String Template_badName;
	public static String Template_missing;
	public static String Case_unknownPrime;
	public static String Case_cannulaUnsized;
	public static String Case_cardioplegiaNoDose;
	public static String Case_noHct;
	public static String Inventory_expires;
	public static String Plan_caseRefused;
	public static String Plan_noTemplate;
	public static String Plan_standbyWithoutEcmo;
	public static String Plan_unknownItem;
	public static String Plan_shortage;
	public static String Plan_oxygenatorFlowUnknown;
	public static String Plan_movedUp;
	public static String Plan_flowTooHigh;
	public static String Pack_unitTooHeavy;
	public static String Pack_unitTooBig;
	public static String Pack_tooManyPieces;
	public static String Import_row;
	public static String Import_missingColumn;
	public static String Import_notANumber;
	public static String Import_notADate;
	public static String Import_outOfRange;
	public static String Import_required;
	public static String Import_duplicate;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
