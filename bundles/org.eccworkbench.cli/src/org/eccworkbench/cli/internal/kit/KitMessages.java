package org.eccworkbench.cli.internal.kit;

import org.eclipse.osgi.util.NLS;

/** Text of the kit subcommands; French in messages_fr.properties. */
public final class KitMessages extends NLS {

	private static final String BUNDLE_NAME = "org.eccworkbench.cli.internal.kit.messages"; //$NON-NLS-1$

	public static String Kit_unreadable;
	public static String Plan_oneMission;
	public static String Plan_wrote;
	public static String Plan_cannotFulfil;
	public static String Import_oneCsv;
	public static String Import_done;
	public static String Text_title;
	public static String Text_cases;
	public static String Text_case;
	public static String Text_bom;
	public static String Text_pieces;
	public static String Text_piece;
	public static String Text_findings;
	public static String Bench_result;

	static {
		NLS.initializeMessages(BUNDLE_NAME, KitMessages.class);
	}

	private KitMessages() {
	}
}
