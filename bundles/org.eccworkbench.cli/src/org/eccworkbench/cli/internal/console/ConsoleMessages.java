package org.eccworkbench.cli.internal.console;

import org.eclipse.osgi.util.NLS;

/** User-visible text of the eccw console and record subcommands; French in messages_fr.properties. */
public final class ConsoleMessages extends NLS {

	private static final String BUNDLE_NAME = "org.eccworkbench.cli.internal.console.messages"; //$NON-NLS-1$

	public static String Console_unexpectedArgument;
	public static String Drivers_none;
	public static String Drivers_line;
	public static String Drivers_replaces;
	public static String Drivers_replaced;
	public static String Record_unknownDriver;
	public static String Record_transport;
	public static String Record_hostOrDevice;
	public static String Record_state;
	public static String Record_done;
	public static String Record_lost;
	public static String Export_oneFolder;
	public static String Export_done;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ConsoleMessages.class);
	}

	private ConsoleMessages() {
	}
}
