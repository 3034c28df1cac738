package org.eccworkbench.analysis.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the clinical calculations' input checks; French in messages_fr.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.eccworkbench.analysis.internal.messages"; //$NON-NLS-1$

	public static String Limit_outOfRange;
	public static String Limit_invalidBounds;
	public static String Choice_unknown;
	public static String Diameter_unreadable;
	public static String Hemodilution_removedTooLarge;
	public static String Cardioplegia_noWeightBasedDose;
	public static String Cardioplegia_noRedose;
	public static String Roller_unknownStrokeVolume;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
