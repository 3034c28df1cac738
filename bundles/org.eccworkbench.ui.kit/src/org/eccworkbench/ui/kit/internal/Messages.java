package org.eccworkbench.ui.kit.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible text of the mission kit views and editor; French in messages_fr.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.eccworkbench.ui.kit.internal.messages"; //$NON-NLS-1$

	public static String Grid_filter;
	public static String Editor_title;
	public static String Editor_importCases;
	public static String Editor_importInventory;
	public static String Editor_addCase;
	public static String Editor_addLot;
	public static String Editor_casesTab;
	public static String Editor_inventoryTab;
	public static String Editor_newItem;
	public static String Editor_undo;
	public static String Editor_redo;
	public static String Editor_badValue;
	public static String Editor_cannotOpen;
	public static String Editor_fixAndReopen;
	public static String Editor_notLocal;
	public static String Editor_notAFile;
	public static String Editor_saveFailedTitle;
	public static String Editor_saveFailed;
	public static String Case_id;
	public static String Case_age;
	public static String Case_weight;
	public static String Case_height;
	public static String Case_hct;
	public static String Case_procedure;
	public static String Case_bypass;
	public static String Case_ecmo;
	public static String Case_template;
	public static String Lot_item;
	public static String Lot_lot;
	public static String Lot_quantity;
	public static String Lot_expiry;
	public static String Lot_unitValue;
	public static String Lot_currency;
	public static String Lot_location;
	public static String Import_title;
	public static String Import_problemsTitle;
	public static String Import_summary;
	public static String Import_unreadable;
	public static String Job_plan;
	public static String Job_planFailed;
	public static String Bom_item;
	public static String Bom_name;
	public static String Bom_category;
	public static String Bom_unit;
	public static String Bom_forCases;
	public static String Bom_spares;
	public static String Bom_emergency;
	public static String Bom_total;
	public static String Bom_stock;
	public static String Bom_expired;
	public static String Bom_shortage;
	public static String Bom_summary;
	public static String Bom_noMission;
	public static String Export_bom;
	public static String Export_pdf;
	public static String Export_customs;
	public static String Export_checklists;
	public static String Export_failedTitle;
	public static String Export_failed;
	public static String Cases_template;
	public static String Cases_bsa;
	public static String Cases_flow;
	public static String Cases_prime;
	public static String Cases_hct;
	public static String Cases_heparin;
	public static String Cases_protamine;
	public static String Cases_noMission;
	public static String Packing_chartTitle;
	public static String Packing_piece;
	public static String Packing_weight;
	public static String Packing_weightSeries;
	public static String Packing_limitSeries;
	public static String Packing_content;
	public static String Packing_lot;
	public static String Packing_expiry;
	public static String Packing_units;
	public static String Packing_pieceRow;
	public static String Packing_summary;
	public static String Packing_noMission;
	public static String Open_failedTitle;
	public static String Open_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
