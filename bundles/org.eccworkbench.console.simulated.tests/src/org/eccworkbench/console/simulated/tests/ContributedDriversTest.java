package org.eccworkbench.console.simulated.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eccworkbench.console.registry.DriverDescriptor;
import org.eccworkbench.console.registry.DriverRegistry;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * Every class contributed to org.eccworkbench.console.drivers implements the type the schema's
 * basedOn names (read from the shipped drivers.exsd, so a renamed interface fails here), and
 * every declarative driver's description loads.
 */
class ContributedDriversTest {

	@Test
	void everyContributedClassImplementsTheSchemasType() throws Exception {
		Class<?> basedOn = basedOn();
		List<String> checked = new ArrayList<>();
		for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor(DriverRegistry.EXTENSION_POINT)) {
			String name = e.getAttribute("class");
			if (name == null) {
				continue;
			}
			Bundle contributor = Platform.getBundle(e.getContributor().getName());
			Class<?> contributed = contributor.loadClass(name);
			assertTrue(basedOn.isAssignableFrom(contributed), name + " of " + contributor + " is not a " + basedOn.getName());
			checked.add(name);
		}
		assertTrue(checked.contains("org.eccworkbench.console.simulated.SimulatedConsoleDriver"), checked::toString);
	}

	@Test
	void everyDeclarativeDescriptionLoads() throws Exception {
		DriverRegistry registry = DriverRegistry.fromExtensions();
		assertEquals(List.of(), registry.problems());
		List<DriverDescriptor> declarative = registry.all().stream().filter(DriverDescriptor::declarative).toList();
		assertFalse(declarative.isEmpty());
		for (DriverDescriptor d : declarative) {
			assertNotNull(d.createDriver(), d.id());
		}
	}

	private static Class<?> basedOn() throws IOException, ClassNotFoundException {
		Bundle api = Platform.getBundle("org.eccworkbench.console");
		try (InputStream in = api.getEntry("schema/drivers.exsd").openStream()) {
			Matcher m = Pattern.compile("basedOn=\":([\\w.]+)\"").matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			assertTrue(m.find(), "the schema names no basedOn type");
			return api.loadClass(m.group(1));
		}
	}
}
