package org.eccworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The headless core never imports SWT, JFace or the workbench: every bundle under bundles/ whose
 * name has no "ui" segment is checked, from its MANIFEST.MF in the source tree.
 */
class HeadlessLayeringTest {

	private static final List<String> UI_NAMESPACES = List.of("org.eclipse.swt", "org.eclipse.jface", "org.eclipse.ui",
			"org.eclipse.e4.ui", "org.eclipse.nebula.widgets", "org.eclipse.swtchart");

	@Test
	void noHeadlessBundleImportsUserInterfaceCode() throws IOException {
		List<Path> headless = headlessManifests();
		assertFalse(headless.isEmpty(), "no headless bundle found under " + bundlesFolder());
		assertTrue(headless.stream().anyMatch(p -> p.toString().contains("org.eccworkbench.cli" + "/")),
				"org.eccworkbench.cli is missing from " + headless);
		assertTrue(headless.stream().anyMatch(p -> p.toString().contains("org.eccworkbench.analysis" + "/")),
				"org.eccworkbench.analysis is missing from " + headless);
		assertTrue(headless.stream().anyMatch(p -> p.toString().contains("org.eccworkbench.catalog" + "/")),
				"org.eccworkbench.catalog is missing from " + headless);
		assertTrue(headless.stream().anyMatch(p -> p.toString().contains("org.eccworkbench.kit" + "/")),
				"org.eccworkbench.kit is missing from " + headless);
		for (String bundle : List.of("org.eccworkbench.console", "org.eccworkbench.console.simulated",
				"org.eccworkbench.console.tck")) {
			assertTrue(headless.stream().anyMatch(p -> p.toString().contains(bundle + "/")), bundle + " is missing from " + headless);
		}
		List<String> violations = new ArrayList<>();
		for (Path manifest : headless) {
			try (InputStream in = Files.newInputStream(manifest)) {
				violations.addAll(violations(manifest.getParent().getParent().getFileName().toString(), new Manifest(in)));
			}
		}
		assertEquals(List.of(), violations);
	}

	@Test
	void theCheckFindsAnSwtImportAndAWorkbenchRequirement() throws IOException {
		String text = "Manifest-Version: 1.0\nBundle-SymbolicName: org.eccworkbench.sim\n"
				+ "Require-Bundle: org.eclipse.core.runtime;bundle-version=\"[3.30.0,4.0.0)\",\n org.eclipse.ui\n"
				+ "Import-Package: org.eclipse.emf.ecore,\n org.eclipse.swt.widgets;version=\"[3.0.0,4.0.0)\",\n"
				+ " org.eclipse.uimodel\n\n";
		Manifest manifest = new Manifest(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
		assertEquals(List.of("org.eccworkbench.sim requires bundle org.eclipse.ui",
				"org.eccworkbench.sim imports package org.eclipse.swt.widgets"), violations("org.eccworkbench.sim", manifest));
	}

	static List<String> violations(String bundle, Manifest manifest) {
		List<String> found = new ArrayList<>();
		Attributes main = manifest.getMainAttributes();
		for (String name : clauseNames(main.getValue("Require-Bundle"))) {
			if (isUserInterface(name)) {
				found.add(bundle + " requires bundle " + name);
			}
		}
		for (String name : clauseNames(main.getValue("Import-Package"))) {
			if (isUserInterface(name)) {
				found.add(bundle + " imports package " + name);
			}
		}
		return found;
	}

	private static boolean isUserInterface(String name) {
		return UI_NAMESPACES.stream().anyMatch(ns -> name.equals(ns) || name.startsWith(ns + "."));
	}

	/** The names of a manifest header's clauses: commas inside quotes do not separate clauses. */
	private static List<String> clauseNames(String header) {
		List<String> names = new ArrayList<>();
		if (header == null) {
			return names;
		}
		StringBuilder clause = new StringBuilder();
		boolean quoted = false;
		for (char c : (header + ",").toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				String name = clause.toString().split(";", 2)[0].strip();
				if (!name.isEmpty()) {
					names.add(name);
				}
				clause.setLength(0);
			} else {
				clause.append(c);
			}
		}
		return names;
	}

	private static List<Path> headlessManifests() throws IOException {
		try (Stream<Path> bundles = Files.list(bundlesFolder())) {
			return bundles.filter(b -> !List.of(b.getFileName().toString().split("\\.")).contains("ui"))
					.map(b -> b.resolve("META-INF/MANIFEST.MF")).filter(Files::isRegularFile).sorted().toList();
		}
	}

	private static Path bundlesFolder() {
		String root = System.getProperty("eccw.source.root");
		assertNotNull(root, "the build passes -Deccw.source.root (root pom, tycho-surefire)");
		return Path.of(root, "bundles");
	}
}
