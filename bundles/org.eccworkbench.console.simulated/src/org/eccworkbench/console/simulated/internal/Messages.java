package org.eccworkbench.console.simulated.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible text of the virtual console bundle; French in messages_fr.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.eccworkbench.console.simulated.internal.messages"; //$NON-NLS-1$

	public static String Bench_unexpected;
	public static String Bench_ingestion;
	public static String Bench_latency;
	public static String Bench_noConnection;
	public static String Bench_resultIngest;
	public static String Bench_resultLatencyLoad;
	public static String Bench_resultLatency;
	public static String Driver_badAlarm;
	public static String Driver_badDescription;
	public static String Driver_badModule;
	public static String Driver_badTime;
	public static String Driver_badValue;
	public static String Driver_closedBeforeHello;
	public static String Driver_malformed;
	public static String Driver_moduleCount;
	public static String Driver_noHello;
	public static String Driver_protocol;
	public static String Driver_tooLong;
	public static String Driver_unknownType;
	public static String Serve_failed;
	public static String Serve_cannotStart;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
