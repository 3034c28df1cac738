package org.eccworkbench.cli.internal.circuit;

import org.eclipse.osgi.util.NLS;

/** User-visible text of the circuit subcommands; French in messages_fr.properties. */
public final class CircuitMessages extends NLS {

	private static final String BUNDLE_NAME = "org.eccworkbench.cli.internal.circuit.messages"; //$NON-NLS-1$

	public static String Severity_error;
	public static String Severity_warning;
	public static String Severity_info;
	public static String Validate_noFile;
	public static String Validate_line;
	public static String Validate_summary;
	public static String Report_oneFile;
	public static String Report_title;
	public static String Report_prime;
	public static String Report_primeItem;
	public static String Report_primeTotal;
	public static String Report_primeAtLeast;
	public static String Report_bsa;
	public static String Report_targetFlow;
	public static String Report_bloodVolume;
	public static String Report_hct;
	public static String Report_hctAtMost;
	public static String Report_flowLimit;
	public static String Report_flowLimitUnknown;
	public static String Report_flowUnbounded;
	public static String Report_do2i;
	public static String Report_do2iAtMost;
	public static String Report_unknown;
	public static String Template_noPositional;
	public static String Template_nameAndFile;
	public static String Template_unknown;
	public static String Template_exists;
	public static String Template_isFolder;
	public static String Template_cannotWrite;
	public static String Template_written;
	public static String Bench_circuit;
	public static String Bench_cold;
	public static String Bench_warm;
	public static String Bench_line;

	static {
		NLS.initializeMessages(BUNDLE_NAME, CircuitMessages.class);
	}

	private CircuitMessages() {
	}
}
