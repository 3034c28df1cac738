package org.eccworkbench.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import org.eccworkbench.sim.internal.Messages;
import org.junit.jupiter.api.Test;

/** Every English message has a French one; apostrophes are doubled exactly in messages with arguments. */
class MessagesTest {

	@Test
	void theFrenchMessagesHaveTheSameKeysAndQuotesAreRight() throws IOException {
		Properties english = load("messages.properties");
		Properties french = load("messages_fr.properties");
		assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(french.stringPropertyNames()));
		List<String> bad = new ArrayList<>();
		for (Properties messages : List.of(english, french)) {
			for (String key : messages.stringPropertyNames()) {
				String value = messages.getProperty(key);
				boolean bound = value.matches("(?s).*\\{\\d\\}.*");
				if (bound ? value.replace("''", "").contains("'") : value.contains("''")) {
					bad.add(key + "=" + value);
				}
			}
		}
		assertEquals(List.of(), bad);
		assertNotNull(Messages.Stop_airEmbolism);
	}

	private static Properties load(String name) throws IOException {
		try (InputStream in = Messages.class.getResourceAsStream(name)) {
			assertNotNull(in, name);
			Properties properties = new Properties();
			properties.load(in);
			return properties;
		}
	}
}
