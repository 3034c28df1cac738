package org.eccworkbench.ui.sim.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.eccworkbench.sim.AlarmId;
import org.eccworkbench.sim.Fault;
import org.junit.jupiter.api.Test;

/** The English and French texts of the Simulate views: the same keys, a name for each alarm and fault, apostrophes as NLS reads them. */
class MessagesTest {

	private static final Pattern SINGLE_QUOTE = Pattern.compile("(?<!')'(?!')");

	@Test
	void everyTextIsInEnglishAndFrench() throws IOException {
		Properties en = load("messages.properties");
		Properties fr = load("messages_fr.properties");
		assertEquals(en.keySet(), fr.keySet());
		assertEquals(en.size(), Messages.class.getFields().length, "every text has its field");
		Properties pluginEn = loadPlugin("plugin.properties");
		Properties pluginFr = loadPlugin("plugin_fr.properties");
		assertEquals(pluginEn.keySet(), pluginFr.keySet());
	}

	@Test
	void everyAlarmAndFaultHasItsOwnNameInBothLanguages() throws IOException {
		Properties en = load("messages.properties");
		Properties fr = load("messages_fr.properties");
		Set<String> names = new HashSet<>();
		for (AlarmId id : AlarmId.values()) {
			String key = "Alarm_" + id.name();
			assertTrue(en.containsKey(key) && fr.containsKey(key), key);
			assertNotEquals(en.getProperty(key), fr.getProperty(key), key + " is translated");
			assertTrue(names.add(Texts.alarm(id)), id + " has its own name");
		}
		for (Fault fault : Fault.values()) {
			assertFalse(Texts.fault(fault).isBlank(), fault.id());
		}
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
	}

	@Test
	void clockAndNumbers() {
		assertEquals("00:00", Texts.clock(0));
		assertEquals("02:05", Texts.clock(125.4));
		assertEquals("1:01:01", Texts.clock(3661));
		assertEquals("\u2013", Texts.fixed(Double.NaN, 1));
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Messages.class.getResourceAsStream(name)) {
			properties.load(in);
		}
		return properties;
	}

	private static Properties loadPlugin(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(name)) {
			if (in != null) {
				properties.load(in);
			} else {
				try (InputStream file = java.nio.file.Files.newInputStream(java.nio.file.Path.of(
						System.getProperty("eccw.source.root"), "bundles/org.eccworkbench.ui.sim", name))) {
					properties.load(file);
				}
			}
		}
		return properties;
	}
}
