package org.eccworkbench.console.simulated.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import org.eccworkbench.console.simulated.internal.Messages;
import org.eccworkbench.console.simulated.server.ServerText;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * English and French text of the console bundles: the same keys, and apostrophes as NLS.bind
 * (doubled only with arguments) or MessageFormat (always doubled, the virtual console's messages)
 * expect them.
 */
class MessagesTest {

	@ParameterizedTest
	@ValueSource(strings = { "nls", "server" })
	void theFrenchMessagesHaveTheSameKeysAndQuotesAreRight(String kind) throws IOException {
		Class<?> anchor = kind.equals("nls") ? Messages.class : ServerText.class;
		Properties english = load(anchor.getResourceAsStream("messages.properties"));
		Properties french = load(anchor.getResourceAsStream("messages_fr.properties"));
		assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(french.stringPropertyNames()));
		List<String> bad = new ArrayList<>();
		for (Properties messages : List.of(english, french)) {
			for (String key : messages.stringPropertyNames()) {
				String value = messages.getProperty(key);
				boolean bound = kind.equals("server") || value.matches("(?s).*\\{\\d\\}.*");
				if (bound ? value.replace("''", "").contains("'") : value.contains("''")) {
					bad.add(key + "=" + value);
				}
			}
		}
		assertEquals(List.of(), bad);
	}

	@ParameterizedTest
	@ValueSource(strings = { "org.eccworkbench.console", "org.eccworkbench.console.simulated", "org.eccworkbench.console.tck" })
	void thePluginPropertiesHaveAFrenchTwin(String bundle) throws IOException {
		URL english = Platform.getBundle(bundle).getEntry("plugin.properties");
		URL french = Platform.getBundle(bundle).getEntry("plugin_fr.properties");
		assertNotNull(english);
		assertNotNull(french);
		assertEquals(new TreeSet<>(load(english.openStream()).stringPropertyNames()),
				new TreeSet<>(load(french.openStream()).stringPropertyNames()));
	}

	private static Properties load(InputStream in) throws IOException {
		assertNotNull(in);
		try (in) {
			Properties properties = new Properties();
			properties.load(in);
			return properties;
		}
	}
}
