package org.eccworkbench.model.internal.rules;

import org.eclipse.osgi.util.NLS;

/** Messages of the validation rules; French in messages_fr.properties. */
public final class RuleMessages extends NLS {

	private static final String BUNDLE_NAME = "org.eccworkbench.model.internal.rules.messages"; //$NON-NLS-1$

	public static String cannotCheck;
	public static String cannotCheck_noFacts;
	public static String cannotCheck_noTarget;
	public static String cannotCheck_noFigure;
	public static String cannotCheck_bounds;
	public static String closedLoop_noPatient;
	public static String closedLoop_open;
	public static String closedLoop_noPump;
	public static String oxygenator_notOnLoop;
	public static String arterialPressure_missing;
	public static String arterialFilter_missing;
	public static String arterialTemperature_missing;
	public static String patientData_missing;
	public static String patientData_height;
	public static String patientData_weight;
	public static String patientData_hct;
	public static String pumpDirection_notToPatient;
	public static String pumpDirection_ventToPatient;
	public static String pumpDirection_notToReservoir;
	public static String bubble_missing;
	public static String level_missing;
	public static String occlusion_outOfRange;
	public static String flowProbe_missing;
	public static String backflow_missing;
	public static String gas_missing;
	public static String water_missing;
	public static String level_belowIfu;
	public static String level_unknown;
	public static String clamp_closed;
	public static String sensor_unattached;
	public static String vent_noValve;
	public static String suction_noReservoir;
	public static String suction_noFilter;
	public static String sweep_low;
	public static String water_tooHot;
	public static String cardioplegia_incomplete;
	public static String cardioplegia_noBlood;
	public static String cardioplegia_noPump;
	public static String cardioplegia_noPressure;
	public static String cardioplegia_noDelivery;
	public static String direction_fromInlet;
	public static String direction_toOutlet;
	public static String kinds_mismatch;
	public static String diameter_change;
	public static String recirculation_small;
	public static String port_unconnected;
	public static String port_twice;
	public static String flow_below;

	static {
		NLS.initializeMessages(BUNDLE_NAME, RuleMessages.class);
	}

	private RuleMessages() {
	}
}
