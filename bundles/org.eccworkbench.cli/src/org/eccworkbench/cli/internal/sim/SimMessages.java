package org.eccworkbench.cli.internal.sim;

import org.eclipse.osgi.util.NLS;

/** User-visible text of the {@code eccw simulate} subcommands; French in messages_fr.properties. */
public final class SimMessages extends NLS {

	private static final String BUNDLE_NAME = "org.eccworkbench.cli.internal.sim.messages"; //$NON-NLS-1$

	public static String Sim_noCircuit;
	public static String Sim_unexpectedArgument;
	public static String Sim_noSuchFile;
	public static String Sim_patientMissing;
	public static String Sim_cannotRead;
	public static String Sim_badDuration;
	public static String Sim_emptyFolder;
	public static String Sim_problem;
	public static String Sim_noScenarios;
	public static String Sim_ran;
	public static String Sim_patient;
	public static String Sim_stopped;
	public static String Sim_scores;
	public static String Sim_do2i;
	public static String Sim_gradient;
	public static String Sim_volume;
	public static String Sim_alarms;
	public static String Sim_alarm;
	public static String Sim_final;
	public static String Sim_notes;
	public static String Batch_header;
	public static String Batch_summary;

	static {
		NLS.initializeMessages(BUNDLE_NAME, SimMessages.class);
	}

	private SimMessages() {
	}
}
