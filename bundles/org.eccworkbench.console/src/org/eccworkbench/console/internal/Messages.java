package org.eccworkbench.console.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible text of the console drivers bundle; French in messages_fr.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.eccworkbench.console.internal.messages"; //$NON-NLS-1$

	public static String Binding_boot;
	public static String Binding_notEnoughPumps;
	public static String Binding_pumpUnbound;
	public static String Binding_sensorMissing;
	public static String Binding_speed;
	public static String Binding_twice;
	public static String Binding_unknownComponent;
	public static String Binding_unknownModule;
	public static String Binding_wrongType;
	public static String Export_noRecording;
	public static String Format_bad;
	public static String Format_missing;
	public static String Frame_badChecksum;
	public static String Frame_badFields;
	public static String Frame_badPrefix;
	public static String Frame_badTime;
	public static String Frame_badValue;
	public static String Frame_readOnly;
	public static String Frame_tooLong;
	public static String Registry_badDescription;
	public static String Registry_badId;
	public static String Registry_cannotCreate;
	public static String Registry_duplicate;
	public static String Registry_missingAttribute;
	public static String Registry_noDescription;
	public static String Registry_noModelOrTransport;
	public static String Registry_notADriver;
	public static String Registry_unknownElement;
	public static String Registry_unknownTransport;
	public static String Session_closed;
	public static String Session_closedByConsole;
	public static String Session_commandFailed;
	public static String Session_commandNoAnswer;
	public static String Session_commandNotConnected;
	public static String Session_commandSameId;
	public static String Session_commandUnsupported;
	public static String Session_commandWrongMode;
	public static String Session_connected;
	public static String Session_connecting;
	public static String Session_driverFailed;
	public static String Session_framesAgain;
	public static String Session_framesGoodAgain;
	public static String Session_framesMissing;
	public static String Session_linkFailed;
	public static String Session_listenerFailed;
	public static String Session_malformed;
	public static String Session_noDescription;
	public static String Session_notRegained;
	public static String Session_silent;
	public static String Session_silentLost;
	public static String Session_silentGap;
	public static String Session_startedTwice;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
