package org.eccworkbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.provider.CircuitItemProviderAdapterFactory;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/** The item providers speak the perfusionist's units, in English and in French. */
class EditLabelsTest {

	@Test
	void propertyLabelsCarryTheirUnits() {
		Connection tube = (Connection) Circuits.minimal().findElement("arterialTube");
		tube.setName("arterial line");
		CircuitItemProviderAdapterFactory factory = new CircuitItemProviderAdapterFactory();
		IItemPropertySource properties = (IItemPropertySource) factory.adapt(tube, IItemPropertySource.class);
		List<String> labels = properties.getPropertyDescriptors(tube).stream()
				.map(d -> ((IItemPropertyDescriptor) d).getDisplayName(tube)).toList();
		assertTrue(labels.contains("Length (m)"), labels.toString());
		assertTrue(labels.contains("Internal diameter (in)"), labels.toString());
		IItemLabelProvider label = (IItemLabelProvider) factory.adapt(tube, IItemLabelProvider.class);
		assertEquals("Tube segment arterial line", label.getText(tube));
		factory.dispose();
	}

	@Test
	void everyEnglishLabelHasAFrenchOne() throws IOException {
		Bundle edit = Platform.getBundle("org.eccworkbench.model.edit");
		Properties english = load(edit, "plugin.properties");
		Properties french = load(edit, "plugin_fr.properties");
		TreeSet<String> missing = new TreeSet<>(english.stringPropertyNames());
		missing.removeAll(french.stringPropertyNames());
		assertEquals(new TreeSet<>(), missing, "keys without a French label");
		assertEquals("Longueur (m)", french.getProperty("_UI_Connection_lengthM_feature"));
	}

	private static Properties load(Bundle bundle, String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = bundle.getEntry(name).openStream()) {
			properties.load(in);
		}
		return properties;
	}
}
