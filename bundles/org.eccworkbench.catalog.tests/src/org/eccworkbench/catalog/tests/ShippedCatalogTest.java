package org.eccworkbench.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eccworkbench.catalog.CatalogLoad;
import org.eccworkbench.catalog.CatalogReader;
import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.catalog.Category;
import org.eccworkbench.catalog.Figure;
import org.eccworkbench.catalog.FigureKey;
import org.eccworkbench.catalog.Product;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The reference catalog shipped in org.eccworkbench.catalog/catalog/. */
class ShippedCatalogTest {


	private static List<CatalogLoad> shippedLoads() {
		Bundle bundle = FrameworkUtil.getBundle(CatalogRegistry.class);
		List<URL> files = Collections.list(bundle.findEntries("catalog", "*.ecccatalog", false));
		assertFalse(files.isEmpty());
		List<CatalogLoad> loads = new ArrayList<>();
		for (URL url : files) {
			loads.add(CatalogReader.read(url, url.getPath()));
		}
		return loads;
	}

	private static List<Product> shippedProducts() {
		return CatalogRegistry.contributed().products().stream()
				.filter(p -> p.file().startsWith("org.eccworkbench.catalog/catalog/")).toList();
	}

	@Test
	void everyShippedFileLoadsWithoutProblems() {
		for (CatalogLoad load : shippedLoads()) {
			assertEquals(List.of(), load.diagnostics(), load.file());
			assertFalse(load.products().isEmpty(), load.file());
		}
	}

	@Test
	void everyShippedFileIsContributedAndLoadsWithoutProblems() {
		CatalogRegistry registry = CatalogRegistry.contributed();
		List<String> contributed = registry.loads().stream().map(CatalogLoad::file)
				.filter(f -> f.startsWith("org.eccworkbench.catalog/")).toList();
		assertEquals(shippedLoads().size(), contributed.size(), contributed.toString());
		assertEquals(List.of(), registry.problems().stream()
				.filter(p -> p.file().startsWith("org.eccworkbench.catalog/")).toList());
		int total = shippedLoads().stream().mapToInt(l -> l.products().size()).sum();
		assertEquals(total, shippedProducts().size(), "a shipped product was refused");
	}

	@Test
	void atLeastSixtyProductsCoverEveryCategory() {
		List<Product> products = shippedProducts();
		assertTrue(products.size() >= 60, "only " + products.size() + " products");
		for (Category category : Category.values()) {
			long count = products.stream().filter(p -> p.category() == category).count();
			assertTrue(count > 0, "no product of category " + category.id());
		}
		assertTrue(products.stream().anyMatch(p -> p.category() == Category.OXYGENATOR
				&& p.patients().contains(org.eccworkbench.catalog.PatientRange.NEONATAL)));
		assertTrue(products.stream().anyMatch(p -> p.category() == Category.OXYGENATOR
				&& p.patients().contains(org.eccworkbench.catalog.PatientRange.PAEDIATRIC)));
		assertTrue(products.stream().anyMatch(p -> p.category() == Category.OXYGENATOR
				&& p.patients().contains(org.eccworkbench.catalog.PatientRange.ADULT)));
	}

	@Test
	void idsAreUniqueAcrossEveryShippedFile() {
		Set<String> ids = new HashSet<>();
		for (CatalogLoad load : shippedLoads()) {
			for (Product product : load.products()) {
				assertTrue(ids.add(product.id()), "id given twice: " + product.id());
			}
		}
	}

	@Test
	void everyFigureAndProductHasASource() {
		for (Product product : shippedProducts()) {
			assertFalse(product.source().citation().isBlank(), product.id());
			for (Figure figure : product.figures()) {
				assertTrue(figure.source().document().isPresent() || figure.source().url().isPresent(),
						product.id() + " " + figure.key().id());
				assertFalse(figure.source().citation().isBlank(), product.id() + " " + figure.key().id());
			}
			product.notes().forEach(n -> n.source().ifPresent(s -> assertFalse(s.citation().isBlank())));
		}
	}

	@Test
	void gapsAreUnknownNeverFilledIn() {
		Product fx25 = product("terumo.capiox-fx25");
		assertTrue(fx25.figure("prime_ml").isEmpty());
		assertTrue(fx25.figure(FigureKey.MEMBRANE_AREA_M2).isEmpty());
		assertEquals(List.of(FigureKey.PRIME_ML, FigureKey.MEMBRANE_AREA_M2), fx25.unknownFigures());
		assertEquals(7.0, fx25.figure("max_flow_l_min").orElseThrow().value());

		Product fusion = product("medtronic.affinity-fusion");
		assertEquals(List.of(), fusion.figures());
		assertTrue(fusion.unknownFigures().containsAll(Category.OXYGENATOR.keyFigures()));

		Product rotaflow = product("maquet.rotaflow-rf32");
		assertTrue(rotaflow.unknownFigures().contains(FigureKey.PRIME_ML));
	}

	@Test
	void theReservoirChangesTheFlowLimitOfTheFx15() {
		Product fx15 = product("terumo.capiox-fx15");
		List<Figure> flows = fx15.figures(FigureKey.MAX_FLOW_L_MIN);
		assertEquals(2, flows.size());
		assertEquals(5.0, flows.get(0).value());
		assertEquals(FigureKey.RESERVOIR_CAPACITY_ML, flows.get(0).conditions().get(0).key());
		assertEquals(4000.0, flows.get(0).conditions().get(0).value());
		assertEquals(4.0, flows.get(1).value());
		assertEquals(3000.0, flows.get(1).conditions().get(0).value());
		assertEquals("K130520; Perfusion 2016;31(1):15 (PMID 26407816)", flows.get(0).source().document().orElseThrow());
	}

	@Test
	void weakSourcesAreFlagged() {
		Product kids = product("sorin.kids-d100");
		assertTrue(kids.figure(FigureKey.PRIME_ML).orElseThrow().weak());
		assertEquals("https://api.brainscape.com/flashcards/test-1-part-2-5836905/packs/8893090",
				kids.figure(FigureKey.PRIME_ML).orElseThrow().source().url().orElseThrow());
		assertTrue(product("roller-boot.3-8in.raceway-6in").figure(FigureKey.STROKE_ML_PER_REV).orElseThrow().weak());
		assertFalse(product("terumo.capiox-rx05").figure(FigureKey.PRIME_ML).orElseThrow().weak());
	}

	@Test
	void cannulaFlowsStateTheirPressureDrop() {
		Product cannula = product("shiley.femoral-arterial-20fr");
		Figure flow = cannula.figure(FigureKey.FLOW_AT_DP_L_MIN).orElseThrow();
		assertEquals(6.5, flow.value());
		assertEquals(org.eccworkbench.catalog.Qualifier.MORE_THAN, flow.qualifier());
		assertTrue(flow.conditions().contains(new org.eccworkbench.catalog.Condition(FigureKey.DP_MMHG, 200)));
		assertEquals("femoral", cannula.type().orElseThrow());
		Figure venous = product("bard.femoral-venous-20fr").figure(FigureKey.FLOW_AT_INLET_PRESSURE_L_MIN).orElseThrow();
		assertTrue(venous.conditions().contains(new org.eccworkbench.catalog.Condition(FigureKey.INLET_PRESSURE_MMHG, -300)));
	}

	@Test
	void tubingPrimeIsTheGeometryOfItsDiameter() {
		List<Product> tubing = shippedProducts().stream().filter(p -> p.category() == Category.TUBING).toList();
		assertEquals(6, tubing.size());
		for (Product size : tubing) {
			double inches = size.figure(FigureKey.INTERNAL_DIAMETER_IN).orElseThrow().value();
			double millimetres = size.figure(FigureKey.INTERNAL_DIAMETER_MM).orElseThrow().value();
			assertEquals(inches * 25.4, millimetres, 0.001, size.id());
			double mlPerMetre = Math.PI * Math.pow(millimetres / 2, 2) * 1000 / 1000;
			assertEquals(mlPerMetre, size.figure(FigureKey.PRIME_ML_PER_M).orElseThrow().value(), 0.05, size.id());
		}
	}

	private static Product product(String id) {
		return CatalogRegistry.contributed().product(id).orElseThrow(() -> new AssertionError("no product " + id));
	}
}
