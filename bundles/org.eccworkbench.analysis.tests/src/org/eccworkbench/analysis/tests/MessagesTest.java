package org.eccworkbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.TreeSet;

import org.eccworkbench.analysis.Limit;
import org.eccworkbench.analysis.internal.Messages;
import org.junit.jupiter.api.Test;

class MessagesTest {

	@Test
	void theFrenchMessagesHaveTheSameKeysAsTheEnglishOnes() throws IOException {
		assertEquals(new TreeSet<>(load("messages.properties").stringPropertyNames()),
				new TreeSet<>(load("messages_fr.properties").stringPropertyNames()));
	}

	@Test
	void aLimitNamesItsFieldUnitAndBounds() {
		Limit limit = new Limit("weightKg", 0.3, 400, "kg");
		assertEquals(400, limit.check(400));
		assertEquals("weightKg must be between 0.3 and 400 kg, got 400.5",
				assertThrows(IllegalArgumentException.class, () -> limit.check(400.5)).getMessage());
		assertThrows(IllegalArgumentException.class, () -> new Limit("x", 2, 1, "kg"));
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Messages.class.getResourceAsStream(name)) {
			assertNotNull(in, name);
			properties.load(in);
		}
		return properties;
	}
}
