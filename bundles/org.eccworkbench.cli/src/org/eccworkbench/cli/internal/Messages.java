package org.eccworkbench.cli.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible text of the command line; French in messages_fr.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.eccworkbench.cli.internal.messages"; //$NON-NLS-1$

	public static String Arguments_missingValue;
	public static String Arguments_missingOption;
	public static String Arguments_repeated;
	public static String Arguments_unknownOption;
	public static String Arguments_notANumber;
	public static String Arguments_outOfRange;
	public static String Dispatcher_unknown;
	public static String Dispatcher_incompleteGroup;
	public static String Dispatcher_usageError;
	public static String Dispatcher_failed;
	public static String Registry_unknownElement;
	public static String Registry_missingAttribute;
	public static String Registry_badName;
	public static String Registry_duplicate;
	public static String Registry_notASubcommand;
	public static String Usage_header;
	public static String Usage_noSubcommand;
	public static String Usage_subcommands;
	public static String Usage_line;
	public static String Usage_more;
	public static String Usage_exitCodes;
	public static String Usage_synopsis;
	public static String Version_line;
	public static String Version_lineWithBuild;
	public static String Version_runtime;
	public static String Version_noArguments;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
