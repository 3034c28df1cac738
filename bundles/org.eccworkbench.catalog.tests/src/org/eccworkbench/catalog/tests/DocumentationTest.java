package org.eccworkbench.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eccworkbench.catalog.CatalogLoad;
import org.eccworkbench.catalog.FigureKey;
import org.eccworkbench.catalog.Product;
import org.junit.jupiter.api.Test;

/** docs/catalog.md stays true: its example loads, and it documents every figure key. */
class DocumentationTest {

	private static String documentation() throws IOException {
		String root = System.getProperty("eccw.source.root");
		assertNotNull(root, "the build passes -Deccw.source.root (root pom, tycho-surefire)");
		return Files.readString(Path.of(root, "docs", "catalog.md"));
	}

	@Test
	void theExampleLoads() throws IOException {
		String doc = documentation();
		int start = doc.indexOf("```xml\n") + "```xml\n".length();
		String example = doc.substring(start, doc.indexOf("```", start));
		CatalogLoad load = CatalogReaderTest.load(example);
		assertEquals("[]", load.diagnostics().toString());
		assertEquals(2, load.products().size());
		Product ox7 = load.products().get(0);
		assertEquals(2, ox7.figures(FigureKey.MAX_FLOW_L_MIN).size());
		assertTrue(ox7.figure(FigureKey.PRIME_ML).orElseThrow().weak());
		assertTrue(ox7.figure("membrane_area_m2").isEmpty());
		assertTrue(ox7.unknownFigures().contains(FigureKey.MEMBRANE_AREA_M2));
	}

	@Test
	void everyKeyAndItsUnitAreDocumented() throws IOException {
		String doc = documentation();
		for (FigureKey key : FigureKey.values()) {
			boolean documented = doc.lines().anyMatch(line -> line.startsWith("| `") && line.contains("`" + key.id() + "`")
					&& Arrays.asList(line.split("\\|")).stream().map(String::strip).toList().contains(key.unit().symbol()));
			assertTrue(documented, key + " is not in the table of docs/catalog.md");
		}
	}
}
