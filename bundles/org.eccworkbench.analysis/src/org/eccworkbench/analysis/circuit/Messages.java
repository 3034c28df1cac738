package org.eccworkbench.analysis.circuit;

import org.eclipse.osgi.util.NLS;

/** Text of the circuit figures; French in messages_fr.properties. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.eccworkbench.analysis.circuit.messages"; //$NON-NLS-1$

	public static String Facts_ratedAttribute;
	public static String Facts_dependsOnReservoir;
	public static String Facts_atPressure;
	public static String Prime_attribute;
	public static String Prime_product;
	public static String Prime_minimumLevel;
	public static String Prime_unknownGeneric;
	public static String Prime_unknownProduct;
	public static String Prime_unknownFigure;
	public static String Prime_tube;
	public static String Prime_tubeSize;
	public static String Templates_badContribution;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
