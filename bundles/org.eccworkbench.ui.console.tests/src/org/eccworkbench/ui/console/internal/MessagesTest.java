package org.eccworkbench.ui.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The English and French texts of the Monitor views: the same keys, and apostrophes as NLS reads them. */
class MessagesTest {

	/** An apostrophe that is not doubled. */
	private static final Pattern SINGLE_QUOTE = Pattern.compile("(?<!')'(?!')");

	@Test
	void everyTextIsInEnglishAndFrench() throws IOException {
		Properties en = load("messages.properties");
		Properties fr = load("messages_fr.properties");
		assertEquals(en.keySet(), fr.keySet());
		assertEquals(en.size(), Messages.class.getFields().length, "every text has its field");
	}

	@Test
	void apostrophesAreDoubledExactlyInBoundMessages() throws IOException {
		for (String file : new String[] { "messages.properties", "messages_fr.properties" }) {
			Properties texts = load(file);
			for (String key : texts.stringPropertyNames()) {
				String text = texts.getProperty(key);
				if (text.contains("{0}")) {
					assertFalse(SINGLE_QUOTE.matcher(text).find(), file + " " + key + " is bound: write ''");
				} else {
					assertFalse(text.contains("''"), file + " " + key + " is not bound: write '");
				}
			}
		}
		assertTrue(Messages.Consoles_cannotDisconnect.contains("''") || !Messages.Consoles_cannotDisconnect.contains("'"));
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Messages.class.getResourceAsStream(name)) {
			properties.load(in);
		}
		return properties;
	}
}
