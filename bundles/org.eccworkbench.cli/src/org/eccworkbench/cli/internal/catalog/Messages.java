package org.eccworkbench.cli.internal.catalog;

import org.eclipse.osgi.util.NLS;

/** User-visible text of the catalog subcommands; French in messages_fr.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.eccworkbench.cli.internal.catalog.messages"; //$NON-NLS-1$

	public static String Catalog_problem;
	public static String Catalog_emptyFolder;
	public static String Catalog_noPositional;
	public static String List_id;
	public static String List_category;
	public static String List_patients;
	public static String List_product;
	public static String List_count;
	public static String List_countOne;
	public static String List_none;
	public static String List_badCategory;
	public static String List_badPatient;
	public static String Show_missingId;
	public static String Show_oneId;
	public static String Show_noSuchProduct;
	public static String Show_similar;
	public static String Show_listHint;
	public static String Show_id;
	public static String Show_category;
	public static String Show_categoryValue;
	public static String Show_type;
	public static String Show_manufacturer;
	public static String Show_generic;
	public static String Show_models;
	public static String Show_patients;
	public static String Show_notStated;
	public static String Show_listedIn;
	public static String Show_file;
	public static String Show_figures;
	public static String Show_noFigures;
	public static String Show_figure;
	public static String Show_figureWithNote;
	public static String Show_conditions;
	public static String Show_condition;
	public static String Show_source;
	public static String Show_weakSource;
	public static String Show_weakCitation;
	public static String Show_unknown;
	public static String Show_unknownLine;
	public static String Show_notes;
	public static String Show_note;
	public static String Show_noteWithSource;
	public static String Qualifier_about;
	public static String Qualifier_atMost;
	public static String Qualifier_atLeast;
	public static String Qualifier_moreThan;
	public static String Qualifier_lessThan;
	public static String Check_missingFile;
	public static String Check_unknownOption;
	public static String Check_emptyFolder;
	public static String Check_ok;
	public static String Check_problems;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
