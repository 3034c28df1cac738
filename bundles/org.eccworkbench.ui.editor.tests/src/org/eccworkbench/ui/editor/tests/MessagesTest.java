package org.eccworkbench.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.TreeSet;

import org.eccworkbench.ui.editor.internal.Messages;
import org.eccworkbench.ui.editor.internal.commands.PartKind;
import org.junit.jupiter.api.Test;

/** Every message of the editor exists in English and French, and every generic part has a name. */
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
		assertEquals(new TreeSet<>(load("messages.properties").keySet()), //$NON-NLS-1$
				new TreeSet<>(load("messages_fr.properties").keySet())); //$NON-NLS-1$
	}

	@Test
	void pluginTextExistsInBothLanguages() throws IOException {
		Properties english = new Properties();
		Properties french = new Properties();
		try (InputStream en = Messages.class.getResourceAsStream("/plugin.properties"); //$NON-NLS-1$
				InputStream fr = Messages.class.getResourceAsStream("/plugin_fr.properties")) { //$NON-NLS-1$
			english.load(en);
			french.load(fr);
		}
		assertEquals(new TreeSet<>(english.keySet()), new TreeSet<>(french.keySet()));
	}

	@Test
	void everyPartHasAName() {
		for (PartKind kind : PartKind.values()) {
			assertNotEquals(kind.id(), kind.label(), kind.name());
			assertFalse(kind.label().isBlank());
		}
	}
}
