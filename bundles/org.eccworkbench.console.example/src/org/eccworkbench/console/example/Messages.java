package org.eccworkbench.console.example;

import org.eclipse.osgi.util.NLS;

/** What the HLM-9 driver tells users (recorded with malformed frames); French in messages_fr.properties. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.eccworkbench.console.example.messages"; //$NON-NLS-1$

	public static String Hlm9_notALine;
	public static String Hlm9_badValue;
	public static String Hlm9_readOnly;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
