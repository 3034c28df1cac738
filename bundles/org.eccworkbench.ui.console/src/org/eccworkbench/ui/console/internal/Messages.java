package org.eccworkbench.ui.console.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the Monitor views (messages.properties, messages_fr.properties). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.eccworkbench.ui.console.internal.messages"; //$NON-NLS-1$

	public static String Consoles_drivers;
	public static String Consoles_columnName;
	public static String Consoles_columnVendor;
	public static String Consoles_columnModels;
	public static String Consoles_columnTransports;
	public static String Consoles_connection;
	public static String Consoles_transport;
	public static String Consoles_tcp;
	public static String Consoles_serial;
	public static String Consoles_host;
	public static String Consoles_port;
	public static String Consoles_device;
	public static String Consoles_baud;
	public static String Consoles_connect;
	public static String Consoles_disconnect;
	public static String Consoles_noDriver;
	public static String Consoles_noHost;
	public static String Consoles_badPort;
	public static String Consoles_noDevice;
	public static String Consoles_badBaud;
	public static String Consoles_cannotConnect;
	public static String Consoles_cannotDisconnect;
	public static String Consoles_state_DISCONNECTED;
	public static String Consoles_state_CONNECTING;
	public static String Consoles_state_CONNECTED;
	public static String Consoles_state_DEGRADED;
	public static String Consoles_state_LOST;
	public static String Consoles_console;
	public static String Consoles_mode_CLINICAL;
	public static String Consoles_mode_SIMULATION;
	public static String Consoles_mode_TRAINING;
	public static String Consoles_recording;
	public static String Consoles_notRecording;
	public static String Consoles_monitoringOnly;
	public static String LiveValues_noConsole;
	public static String LiveValues_columnChannel;
	public static String LiveValues_columnValue;
	public static String LiveValues_columnUnit;
	public static String LiveValues_columnQuality;
	public static String LiveValues_waiting;
	public static String LiveValues_lost;
	public static String LiveValues_invalid;
	public static String LiveValues_quality_GOOD;
	public static String LiveValues_quality_QUESTIONABLE;
	public static String LiveValues_quality_INVALID;
	public static String LiveValues_quality_LOST;
	public static String Trends_window;
	public static String Trends_minutes;
	public static String Trends_channels;
	public static String Trends_time;
	public static String Trends_noConsole;
	public static String Alarms_columnPriority;
	public static String Alarms_columnRaised;
	public static String Alarms_columnModule;
	public static String Alarms_columnText;
	public static String Alarms_columnState;
	public static String Alarms_columnAcknowledged;
	public static String Alarms_priority_HIGH;
	public static String Alarms_priority_MEDIUM;
	public static String Alarms_priority_LOW;
	public static String Alarms_active;
	public static String Alarms_cleared;
	public static String Alarms_yes;
	public static String Alarms_no;
	public static String Alarms_acknowledge;
	public static String Alarms_acknowledgeAll;
	public static String Alarms_note;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
