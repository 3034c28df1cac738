package org.eccworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import org.eccworkbench.cli.internal.Messages;
import org.eccworkbench.cli.internal.calc.CalcMessages;
import org.eccworkbench.cli.internal.kit.KitMessages;
import org.eccworkbench.cli.internal.console.ConsoleMessages;
import org.eccworkbench.cli.internal.sim.SimMessages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.FrameworkUtil;

/**
 * Every English message has a French one, and apostrophes are written the way NLS.bind expects:
 * doubled in a message with arguments, single in a message printed as it is.
 */
class MessagesTest {

	@ParameterizedTest
	@ValueSource(strings = { "internal", "internal.calc", "internal.kit", "kit", "internal.console", "internal.sim" })
	void theFrenchMessagesHaveTheSameKeysAndQuotesAreRight(String pkg) throws IOException {
		Class<?> anchor = switch (pkg) {
		case "internal" -> Messages.class;
		case "internal.calc" -> CalcMessages.class;
		case "internal.kit" -> KitMessages.class;
		case "internal.console" -> ConsoleMessages.class;
		case "internal.sim" -> SimMessages.class;
		default -> org.eccworkbench.kit.internal.Messages.class;
		};
		Properties english = load(anchor, "messages.properties");
		Properties french = load(anchor, "messages_fr.properties");
		assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(french.stringPropertyNames()));
		List<String> badQuotes = new ArrayList<>();
		badQuotes.addAll(badQuotes(english));
		badQuotes.addAll(badQuotes(french));
		assertEquals(List.of(), badQuotes);
	}

	@ParameterizedTest
	@ValueSource(strings = { "plugin" })
	void thePluginPropertiesHaveAFrenchTwin(String name) throws IOException {
		URL english = FrameworkUtil.getBundle(Messages.class).getEntry(name + ".properties");
		URL french = FrameworkUtil.getBundle(Messages.class).getEntry(name + "_fr.properties");
		assertEquals(new TreeSet<>(load(english).stringPropertyNames()), new TreeSet<>(load(french).stringPropertyNames()));
	}

	private static List<String> badQuotes(Properties messages) {
		List<String> bad = new ArrayList<>();
		for (String key : messages.stringPropertyNames()) {
			String value = messages.getProperty(key);
			boolean bound = value.matches("(?s).*\\{\\d\\}.*");
			String withoutPairs = value.replace("''", "");
			if (bound ? withoutPairs.contains("'") : value.contains("''")) {
				bad.add(key + "=" + value);
			}
		}
		return bad;
	}

	private static Properties load(Class<?> anchor, String name) throws IOException {
		try (InputStream in = anchor.getResourceAsStream(name)) {
			assertNotNull(in, name);
			Properties properties = new Properties();
			properties.load(in);
			return properties;
		}
	}

	private static Properties load(URL url) throws IOException {
		assertNotNull(url);
		try (InputStream in = url.openStream()) {
			Properties properties = new Properties();
			properties.load(in);
			return properties;
		}
	}
}
