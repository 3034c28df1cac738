package org.eccworkbench.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.TreeSet;

import org.eccworkbench.catalog.Category;
import org.eccworkbench.catalog.FigureKey;
import org.eccworkbench.catalog.PatientRange;
import org.eccworkbench.catalog.internal.Messages;
import org.junit.jupiter.api.Test;

/** Every message exists in English and French, and every enum value has a label. */
class MessagesTest {

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Messages.class.getResourceAsStream(name)) {
			properties.load(in);
		}
		return properties;
	}

	@Test
	void frenchHasEveryEnglishMessage() throws IOException {
		assertEquals(new TreeSet<>(load("messages.properties").keySet()), new TreeSet<>(load("messages_fr.properties").keySet()));
	}

	@Test
	void everyValueHasALabel() {
		for (FigureKey key : FigureKey.values()) {
			assertNotEquals(null, Messages.label("FigureKey_" + key.id()), key.id());
		}
		for (Category category : Category.values()) {
			assertNotEquals(category.id(), category.label());
		}
		for (PatientRange range : PatientRange.values()) {
			assertNotEquals(null, Messages.label("PatientRange_" + range.name()), range.id());
		}
	}
}
