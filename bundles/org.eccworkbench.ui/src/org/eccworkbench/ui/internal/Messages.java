package org.eccworkbench.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible text of the workbench; French in messages_fr.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.eccworkbench.ui.internal.messages"; //$NON-NLS-1$

	public static String Window_title;
	public static String Menu_file;
	public static String Menu_new;
	public static String Menu_edit;
	public static String Menu_window;
	public static String Menu_openPerspective;
	public static String Menu_showView;
	public static String Menu_help;
	public static String About_menu;
	public static String About_title;
	public static String About_version;
	public static String About_versionWithBuild;
	public static String About_runtime;
	public static String About_safety;
	public static String About_license;
	public static String EmptyState_notInThisBuild;
	public static String EmptyState_unknownView;
	public static String Trends_heading;
	public static String Trends_explanation;
	public static String Alarms_heading;
	public static String Alarms_explanation;
	public static String Consoles_heading;
	public static String Consoles_explanation;
	public static String LiveValues_heading;
	public static String LiveValues_explanation;
	public static String MissionCases_heading;
	public static String MissionCases_explanation;
	public static String KitBom_heading;
	public static String KitBom_explanation;
	public static String Packing_heading;
	public static String Packing_explanation;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
