package org.eccworkbench.console.simulated.server;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The virtual console's messages, in English and French (messages*.properties beside this
 * class). A plain resource bundle, because the console also runs as a plain Java process.
 */
public final class ServerText {

	private static final String BASE = "org.eccworkbench.console.simulated.server.messages";

	private ServerText() {
	}

	/** The message {@code key} in the default locale, with {@code arguments} put in. */
	public static String get(String key, Object... arguments) {
		ResourceBundle bundle = ResourceBundle.getBundle(BASE, Locale.getDefault(), ServerText.class.getClassLoader());
		return new MessageFormat(bundle.getString(key), Locale.getDefault()).format(arguments);
	}
}
