package org.eccworkbench.model.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible text of the circuit model; French in messages_fr.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.eccworkbench.model.internal.messages"; //$NON-NLS-1$

	public static String Load_nothing;
	public static String Load_notACircuit;
	public static String Load_noVersion;
	public static String Load_newerVersion;
	public static String Load_unknownVersion;
	public static String Load_danglingReference;
	public static String Load_noSuchFile;
	public static String Load_unreadable;
	public static String Load_unknownFeature;
	public static String Load_unknownType;
	public static String Load_unknownNamespace;
	public static String Load_illegalValue;
	public static String Load_doctype;
	public static String Load_malformed;
	public static String Save_referenceOutside;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
