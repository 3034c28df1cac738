package org.eccworkbench.kit.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the mission kit planner; French in messages_fr.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.eccworkbench.kit.internal.messages"; //$NON-NLS-1$

	public static String Load_notAMission;
	public static String Load_version;
	public static String Template_badName;
	public static String Template_missing;
	public static String Template_notContributed;
	public static String Template_unreadable;
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
	public static String Check_departureTitle;
	public static String Check_piece;
	public static String Check_coldChain;
	public static String Check_lots;
	public static String Check_expiredOut;
	public static String Check_spares;
	public static String Check_noSpare;
	public static String Check_shortage;
	public static String Check_consoleCrankOnSite;
	public static String Check_consoleCrankPacked;
	public static String Check_emergency;
	public static String Check_binder;
	public static String Check_bypassTitle;
	public static String Check_patient;
	public static String Check_circuit;
	public static String Check_part;
	public static String Check_prime;
	public static String Check_primeNoHct;
	public static String Check_redCells;
	public static String Check_standby;
	public static String Check_heparin;
	public static String Check_cardioplegia;
	public static String Check_bubble;
	public static String Check_level;
	public static String Check_pressure;
	public static String Check_temperature;
	public static String Check_flow;
	public static String Check_present;
	public static String Check_missing;
	public static String Check_gas;
	public static String Check_pump;
	public static String Check_spareAtHand;
	public static String Check_noSpareInKit;
	public static String Check_consoles;
	public static String Print_masterTitle;
	public static String Print_summary;
	public static String Print_weights;
	public static String Print_findings;
	public static String Print_broken;
	public static String Print_pieceTitle;
	public static String Print_pieceWeight;
	public static String Print_customsTitle;
	public static String Print_customsNote;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
