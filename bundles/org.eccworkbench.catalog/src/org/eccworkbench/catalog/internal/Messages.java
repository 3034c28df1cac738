package org.eccworkbench.catalog.internal;

import java.lang.reflect.Field;

import org.eclipse.osgi.util.NLS;

/** User-visible text of the catalog; French in messages_fr.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.eccworkbench.catalog.internal.messages"; //$NON-NLS-1$

	public static String Parser_malformed;
	public static String Parser_externalRefused;
	public static String Parser_doctype;
	public static String Parser_entity;
	public static String Parser_notACatalog;
	public static String Parser_version;
	public static String Parser_unknownElement;
	public static String Parser_unknownAttribute;
	public static String Parser_missingAttribute;
	public static String Parser_text;
	public static String Parser_badId;
	public static String Parser_badCategory;
	public static String Parser_badType;
	public static String Parser_none;
	public static String Parser_badPatients;
	public static String Parser_badKey;
	public static String Parser_badUnit;
	public static String Parser_badNumber;
	public static String Parser_negative;
	public static String Parser_badQualifier;
	public static String Parser_badBoolean;
	public static String Parser_badUrl;
	public static String Parser_sourceEmpty;
	public static String Parser_duplicateSource;
	public static String Parser_undeclaredSource;
	public static String Parser_duplicateProduct;
	public static String Parser_repeatedFigure;
	public static String Parser_unknownButGiven;
	public static String Parser_emptyNote;
	public static String Parser_tooMany;
	public static String Reader_tooLarge;
	public static String Reader_unreadable;
	public static String Reader_notAFolder;
	public static String Registry_conflict;
	public static String Registry_unknownElement;
	public static String Registry_missingFile;
	public static String Registry_badFile;
	public static String Registry_fileNotFound;

	public static String Category_OXYGENATOR;
	public static String Category_RESERVOIR;
	public static String Category_ARTERIAL_FILTER;
	public static String Category_ARTERIAL_CANNULA;
	public static String Category_VENOUS_CANNULA;
	public static String Category_CENTRIFUGAL_PUMP_HEAD;
	public static String Category_ROLLER_PUMP;
	public static String Category_ROLLER_PUMP_BOOT;
	public static String Category_TUBING;
	public static String Category_HEMOCONCENTRATOR;
	public static String Category_CARDIOPLEGIA_SET;

	public static String PatientRange_NEONATAL;
	public static String PatientRange_INFANT;
	public static String PatientRange_PAEDIATRIC;
	public static String PatientRange_SMALL_ADULT;
	public static String PatientRange_ADULT;

	public static String FigureKey_rated_flow_l_min;
	public static String FigureKey_max_flow_l_min;
	public static String FigureKey_min_flow_l_min;
	public static String FigureKey_flow_l_min;
	public static String FigureKey_flow_at_dp_l_min;
	public static String FigureKey_flow_at_inlet_pressure_l_min;
	public static String FigureKey_dp_mmhg;
	public static String FigureKey_inlet_pressure_mmhg;
	public static String FigureKey_resistance_mmhg_per_l_min;
	public static String FigureKey_prime_ml;
	public static String FigureKey_prime_ml_per_m;
	public static String FigureKey_capacity_ml;
	public static String FigureKey_min_operating_level_ml;
	public static String FigureKey_reservoir_capacity_ml;
	public static String FigureKey_stroke_ml_per_rev;
	public static String FigureKey_membrane_area_m2;
	public static String FigureKey_pore_size_um;
	public static String FigureKey_size_fr;
	public static String FigureKey_internal_diameter_in;
	public static String FigureKey_internal_diameter_mm;
	public static String FigureKey_raceway_in;
	public static String FigureKey_max_speed_rpm;
	public static String FigureKey_operating_speed_rpm;
	public static String FigureKey_min_operating_speed_rpm;
	public static String FigureKey_max_operating_speed_rpm;
	public static String FigureKey_max_o2_transfer_ml_min;
	public static String FigureKey_o2_transfer_ml_min_m2;
	public static String FigureKey_shunt_flow_ml_min;
	public static String FigureKey_heat_exchanger_performance_factor;
	public static String FigureKey_temperature_c;
	public static String FigureKey_hct_percent;
	public static String FigureKey_max_use_h;
	public static String FigureKey_shelf_life_months;
	public static String FigureKey_weight_g;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** The message of the field {@code name}, or null when there is none: labels of enum values. */
	public static String label(String name) {
		try {
			Field field = Messages.class.getField(name);
			return (String) field.get(null);
		} catch (NoSuchFieldException | IllegalAccessException e) {
			return null;
		}
	}
}
