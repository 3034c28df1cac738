package org.eccworkbench.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eccworkbench.catalog.CatalogLoad;
import org.eccworkbench.catalog.CatalogReader;
import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.catalog.Category;
import org.eccworkbench.catalog.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merging catalogs: conflicting ids, user folders, and broken contributions. */
class CatalogRegistryTest {

	private static final String TEMPLATE = """
			<?xml version="1.0" encoding="UTF-8"?>
			<catalog version="1">
			  <source id="s" document="Test data"/>
			%s</catalog>
			""";

	private static String product(String id) {
		return "  <product id=\"" + id + "\" category=\"tubing\" name=\"Test " + id + "\" source=\"s\"/>\n";
	}

	private static Path write(Path folder, String name, String products) throws IOException {
		return Files.writeString(folder.resolve(name), TEMPLATE.formatted(products), StandardCharsets.UTF_8);
	}

	@Test
	void theFirstFileKeepsAConflictingIdAndTheSecondIsReported(@TempDir Path folder) throws IOException {
		CatalogLoad first = CatalogReader.read(write(folder, "a.ecccatalog", product("test.one") + product("test.two")));
		CatalogLoad second = CatalogReader.read(write(folder, "b.ecccatalog", product("test.three") + product("test.two")));
		CatalogRegistry registry = CatalogRegistry.of(List.of(first, second));
		assertEquals(List.of("test.one", "test.two", "test.three"),
				registry.products().stream().map(p -> p.id()).toList());
		assertEquals(first.file(), registry.product("test.two").orElseThrow().file());
		assertEquals(1, registry.problems().size());
		Diagnostic conflict = registry.problems().get(0);
		assertEquals(second.file(), conflict.file());
		assertEquals(5, conflict.line());
		assertEquals("product 'test.two' refused: " + first.file() + ":5 already declares that id, and keeps it",
				conflict.message());
	}

	@Test
	void userCatalogsLoadFromTheWorkspace() throws IOException {
		Path workspace = Path.of(org.eclipse.core.runtime.Platform.getInstanceLocation().getURL().getPath());
		Path folder = Files.createDirectories(workspace.resolve(CatalogRegistry.WORKSPACE_FOLDER));
		Path file = write(folder, "ward.ecccatalog", product("ward.tubing-custom"));
		try {
			assertTrue(CatalogRegistry.withWorkspace().product("ward.tubing-custom").isPresent());
			assertTrue(CatalogRegistry.contributed().product("ward.tubing-custom").isEmpty());
		} finally {
			Files.delete(file);
		}
		assertTrue(CatalogRegistry.withWorkspace().product("ward.tubing-custom").isEmpty(), "read anew each time");
	}

	@Test
	void userCatalogsLoadFromAFolder(@TempDir Path folder) throws IOException {
		write(folder, "hospital.ecccatalog", product("hospital.tubing-custom"));
		write(folder, "override.ecccatalog", product("terumo.capiox-fx25"));
		Files.writeString(folder.resolve("broken.ecccatalog"), "<catalog version=\"1\">\n<product>\n", StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("readme.txt"), "not a catalog", StandardCharsets.UTF_8);

		CatalogRegistry registry = CatalogRegistry.contributed().withFolder(folder);
		assertTrue(registry.product("hospital.tubing-custom").isPresent());
		assertEquals(Category.OXYGENATOR, registry.product("terumo.capiox-fx25").orElseThrow().category(),
				"a user file must not replace a shipped product");
		assertTrue(registry.products().size() >= CatalogRegistry.contributed().products().size() + 1);

		List<String> folderProblems = registry.problems().stream().map(Diagnostic::toString)
				.filter(p -> p.startsWith(folder.toString())).toList();
		assertTrue(folderProblems.contains(folder.resolve("broken.ecccatalog")
				+ ":3: not well-formed XML: XML document structures must start and end within the same entity."),
				folderProblems.toString());
		assertTrue(folderProblems.contains(folder.resolve("broken.ecccatalog")
				+ ":2: attribute 'id' is required on <product>"), folderProblems.toString());
		assertTrue(folderProblems.stream().noneMatch(p -> p.contains("hospital")), folderProblems.toString());
		assertTrue(folderProblems.stream().anyMatch(p -> p.startsWith(folder.resolve("override.ecccatalog")
				+ ":4: product 'terumo.capiox-fx25' refused: org.eccworkbench.catalog/catalog/oxygenators.ecccatalog:")),
				folderProblems.toString());
	}

	@Test
	void aFolderThatDoesNotExistIsReported(@TempDir Path folder) {
		CatalogRegistry registry = CatalogRegistry.of(List.of()).withFolder(folder.resolve("nosuch"));
		assertEquals(List.of(), registry.products());
		assertEquals(folder.resolve("nosuch") + ": is not a folder", registry.problems().get(0).toString());
	}

	@Test
	void aVendorContributionLoadsAndBrokenOnesAreReportedWithTheirContributor() {
		CatalogRegistry registry = CatalogRegistry.contributed();
		assertEquals("org.eccworkbench.catalog.tests/testdata/contrib/vendor.ecccatalog",
				registry.product("test.vendor-oxygenator").orElseThrow().file());
		List<String> problems = registry.problems().stream().map(Diagnostic::toString)
				.filter(p -> p.startsWith("org.eccworkbench.catalog.tests")).toList();
		assertEquals(4, problems.size(), String.join("\n", problems));
		assertTrue(problems.contains("org.eccworkbench.catalog.tests (plugin.xml): ignored a catalog contributed by "
				+ "org.eccworkbench.catalog.tests: the attribute 'file' is required"), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.startsWith(
				"org.eccworkbench.catalog.tests/testdata/contrib/broken.ecccatalog:7: not well-formed XML")), problems.toString());
		assertTrue(problems.contains("org.eccworkbench.catalog.tests/testdata/contrib/nosuch.ecccatalog: ignored catalog "
				+ "'testdata/contrib/nosuch.ecccatalog' contributed by org.eccworkbench.catalog.tests: the bundle has no such file"),
				problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.startsWith("org.eccworkbench.catalog.tests/testdata/contrib/conflict.ecccatalog:5: "
				+ "product 'terumo.capiox-fx25' refused: org.eccworkbench.catalog/catalog/oxygenators.ecccatalog:")),
				problems.toString());
		assertTrue(registry.product("test.conflict-neighbour").isPresent(), "only the conflicting product is refused");
		assertFalse(registry.product("test.broken").isPresent());
		assertEquals("Capiox FX25 / FX25 Advance", registry.product("terumo.capiox-fx25").orElseThrow().name());
	}

	@Test
	void theContributionsAreReadOnce() {
		assertTrue(CatalogRegistry.contributed() == CatalogRegistry.contributed());
	}
}
