package org.eccworkbench.ui.editor.internal;

import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eccworkbench.ui.editor.internal.commands.PartKind;
import org.eclipse.osgi.util.NLS;

/** User-visible text of the circuit editor; French in messages_fr.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.eccworkbench.ui.editor.internal.messages"; //$NON-NLS-1$

	public static String Action_undo;
	public static String Action_redo;
	public static String Action_delete;
	public static String Action_copy;
	public static String Action_paste;
	public static String Action_selectAll;
	public static String Circuits_hint;
	public static String Circuits_newCircuit;
	public static String Circuits_newProject;
	public static String Column_id;
	public static String Column_kind;
	public static String Column_name;
	public static String Column_product;
	public static String Column_primeMl;
	public static String Column_diameterIn;
	public static String Column_lengthM;
	public static String Column_role;
	public static String Column_from;
	public static String Column_to;
	public static String Command_add;
	public static String Command_autoLayout;
	public static String Command_connect;
	public static String Command_delete;
	public static String Command_editCase;
	public static String Command_move;
	public static String Connect_samePort;
	public static String Connect_sameComponent;
	public static String Connect_mediumMismatch;
	public static String Connect_twoOutlets;
	public static String Connect_twoInlets;
	public static String Connect_portTaken;
	public static String Medium_blood;
	public static String Medium_gas;
	public static String Medium_water;
	public static String Medium_signal;
	public static String Editor_notAFile;
	public static String Export_failedTitle;
	public static String Export_failed;
	public static String Save_failedTitle;
	public static String Save_failed;
	public static String Form_title;
	public static String Form_circuit;
	public static String Form_patient;
	public static String Form_case;
	public static String Field_circuitName;
	public static String Field_circuitKind;
	public static String Field_description;
	public static String Field_age;
	public static String Field_sex;
	public static String Field_height;
	public static String Field_weight;
	public static String Field_hematocrit;
	public static String Field_hemoglobin;
	public static String Field_bloodVolume;
	public static String Field_procedure;
	public static String Field_plannedTemperature;
	public static String Field_targetCardiacIndex;
	public static String Field_bypassMinutes;
	public static String LoadError_heading;
	public static String LoadError_explanation;
	public static String NewCircuit_title;
	public static String NewCircuit_fileTitle;
	public static String NewCircuit_fileDescription;
	public static String NewCircuit_starterTitle;
	public static String NewCircuit_starterDescription;
	public static String NewCircuit_failed;
	public static String NewProject_title;
	public static String NewProject_description;
	public static String NewProject_failed;
	public static String Outline_components;
	public static String Outline_connections;
	public static String Page_diagram;
	public static String Page_components;
	public static String Page_patientCase;
	public static String Page_problems;
	public static String Palette_genericParts;
	public static String Palette_search;
	public static String Preferences_description;
	public static String Preferences_units;
	public static String Preferences_unitsTubingInches;
	public static String Preferences_unitsSi;
	public static String Preferences_bsaFormula;
	public static String Preferences_cardiacIndex;
	public static String Preferences_oxygenK;
	public static String Preferences_range;
	public static String Starter_empty;
	public static String Starter_emptyDescription;
	public static String Starter_templateUnreadable;
	public static String Status_added;
	public static String Status_connected;
	public static String Status_refused;
	public static String Tool_select;
	public static String Tool_selectTip;
	public static String Tool_connect;
	public static String Tool_connectTip;
	public static String Tool_grid;
	public static String Tool_snap;
	public static String Tool_zoomIn;
	public static String Tool_zoomOut;
	public static String Tool_actualSize;
	public static String Tool_fit;
	public static String Tool_autoLayout;
	public static String Tool_export;
	public static String Tool_exportTip;
	public static String Tool_exportPng;
	public static String Tool_exportSvg;
	public static String Value_invalid;

	public static String Figures_noEditor;
	public static String Figures_heading;
	public static String Figures_prime;
	public static String Figures_primeAtLeast;
	public static String Figures_unknown;
	public static String Figures_hct;
	public static String Figures_hctUpperBound;
	public static String Figures_hctUnavailable;
	public static String Figures_targetFlow;
	public static String Figures_targetFlowUnavailable;
	public static String Figures_flowLimit;
	public static String Figures_flowLimitUnbounded;
	public static String Figures_flowLimitUnknown;
	public static String Figures_do2i;
	public static String Figures_do2iUnavailable;
	public static String Figures_columnPart;
	public static String Figures_columnVolume;
	public static String Figures_columnBasis;

	public static String Pack_title;
	public static String Pack_bomHeading;
	public static String Pack_segmentsHeading;
	public static String Pack_unspecifiedHeading;
	public static String Pack_prime;
	public static String Pack_primeAtLeast;
	public static String Pack_note;
	public static String Pack_tubing;
	public static String Pack_unitPieces;
	public static String Pack_unitMetres;
	public static String Pack_columnReference;
	public static String Pack_columnName;
	public static String Pack_columnManufacturer;
	public static String Pack_columnQuantity;
	public static String Pack_columnUnit;
	public static String Pack_columnSegment;
	public static String Pack_columnRole;
	public static String Pack_columnDiameter;
	public static String Pack_columnLength;
	public static String Pack_columnPrime;
	public static String Pack_failed;
	public static String Tool_exportPack;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** The name of a generic part, in the user's language. */
	public static String partLabel(PartKind kind) {
		try {
			return ResourceBundle.getBundle(ModelLabels.BUNDLE_NAME).getString("Part_" + kind.name()); //$NON-NLS-1$
		} catch (MissingResourceException e) {
			return kind.id();
		}
	}
}
