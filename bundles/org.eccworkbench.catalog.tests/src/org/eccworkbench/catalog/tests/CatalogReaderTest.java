package org.eccworkbench.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eccworkbench.catalog.CatalogLoad;
import org.eccworkbench.catalog.CatalogReader;
import org.eccworkbench.catalog.Diagnostic;
import org.eccworkbench.catalog.Figure;
import org.eccworkbench.catalog.FigureKey;
import org.eccworkbench.catalog.PatientRange;
import org.eccworkbench.catalog.Product;
import org.eccworkbench.catalog.Qualifier;
import org.junit.jupiter.api.Test;

/** Reading .ecccatalog text: what loads, and what every kind of broken or hostile file reports. */
class CatalogReaderTest {

	private static final String HEADER = """
			<?xml version="1.0" encoding="UTF-8"?>
			<catalog version="1">
			  <source id="s" document="Test data" page="4"/>
			  <source id="w" url="https://example.org/notes" weak="true"/>
			""";

	static CatalogLoad load(String xml) {
		return CatalogReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.ecccatalog");
	}

	/** The one diagnostic of a load that must fail, checked for its line and words. */
	private static Diagnostic onlyProblem(CatalogLoad load, int line, String words) {
		assertEquals(List.of(), load.products(), "a broken file must load no product");
		assertEquals(1, load.diagnostics().size(), load.diagnostics().toString());
		Diagnostic diagnostic = load.diagnostics().get(0);
		assertEquals("test.ecccatalog", diagnostic.file());
		assertEquals(line, diagnostic.line(), diagnostic.toString());
		assertTrue(diagnostic.message().contains(words), diagnostic.toString());
		assertTrue(diagnostic.toString().startsWith("test.ecccatalog:" + line + ": "), diagnostic.toString());
		return diagnostic;
	}

	@Test
	void aValidFileLoadsEverything() {
		CatalogLoad load = load(HEADER + """
				  <product id="test.oxy" category="oxygenator" manufacturer="Test" name="Oxy"
				      patients="small-adult adult" source="s">
				    <model number="T-1"/>
				    <figure key="max_flow_l_min" value="5.0" unit="L/min" source="s">
				      <when key="reservoir_capacity_ml" value="4000" unit="mL"/>
				    </figure>
				    <figure key="max_flow_l_min" value="4" unit="L/min" source="s">
				      <when key="reservoir_capacity_ml" value="3000" unit="mL"/>
				    </figure>
				    <figure key="min_flow_l_min" value="0.5" unit="L/min" qualifier="about" source="w" note="n"/>
				    <unknown key="weight_g"/>
				    <note source="s">A   remark
				       on two lines.</note>
				  </product>
				  <product id="test.cannula" category="venous-cannula" type="two-stage" name="Cannula" source="s"/>
				</catalog>
				""");
		assertEquals(List.of(), load.diagnostics());
		assertEquals(2, load.products().size());
		Product oxy = load.products().get(0);
		assertEquals("Test Oxy", oxy.displayName());
		assertEquals(List.of("T-1"), oxy.models());
		assertEquals(List.of(PatientRange.SMALL_ADULT, PatientRange.ADULT), oxy.sortedPatients());
		assertEquals(2, oxy.figures(FigureKey.MAX_FLOW_L_MIN).size());
		assertEquals(5.0, oxy.figure(FigureKey.MAX_FLOW_L_MIN).orElseThrow().value());
		Figure min = oxy.figure("min_flow_l_min").orElseThrow();
		assertEquals(Qualifier.ABOUT, min.qualifier());
		assertTrue(min.weak());
		assertEquals("n", min.note().orElseThrow());
		assertEquals("Test data, p. 4", oxy.source().citation());
		assertEquals(List.of(FigureKey.PRIME_ML, FigureKey.MEMBRANE_AREA_M2, FigureKey.WEIGHT_G), oxy.unknownFigures());
		assertEquals("A remark on two lines.", oxy.notes().get(0).text());
		assertEquals(6, oxy.line(), "the line where the start tag ends");
		assertEquals("two-stage", load.products().get(1).type().orElseThrow());
	}

	@Test
	void predefinedAndCharacterReferencesAreText() {
		CatalogLoad load = load(HEADER + """
				  <product id="test.a" category="tubing" name="A &amp; B &#181;m" source="s">
				    <note>Heater &lt; 42 &#176;C &amp; gas &gt; 0.5 L/min; <![CDATA[a <b> c]]></note>
				  </product>
				</catalog>
				""");
		assertEquals(List.of(), load.diagnostics());
		assertEquals("A & B \u00b5m", load.products().get(0).name());
		assertEquals("Heater < 42 \u00b0C & gas > 0.5 L/min; a <b> c", load.products().get(0).notes().get(0).text());
	}

	@Test
	void theFigureWithoutConditionsIsTheDefault() {
		CatalogLoad load = load(HEADER + """
				  <product id="test.a" category="tubing" name="A" source="s">
				    <figure key="dp_mmhg" value="80" unit="mmHg" source="s">
				      <when key="flow_l_min" value="0.5" unit="L/min"/>
				    </figure>
				    <figure key="dp_mmhg" value="30" unit="mmHg" source="s"/>
				  </product>
				</catalog>
				""");
		Product product = load.products().get(0);
		assertEquals(30.0, product.figure(FigureKey.DP_MMHG).orElseThrow().value());
		assertEquals(2, product.figures(FigureKey.DP_MMHG).size());
		assertTrue(product.figure("no_such_key").isEmpty());
	}

	@Test
	void malformedXmlNamesTheLine() {
		onlyProblem(load(HEADER + """
				  <product id="test.a" category="tubing" name="A" source="s">
				    <figure key="prime_ml_per_m" value="7.9" unit="mL/m" source="s">
				  </product>
				</catalog>
				"""), 7, "not well-formed XML");
		onlyProblem(load(""), 1, "not well-formed XML");
		onlyProblem(load("this is not XML"), 1, "not well-formed XML");
	}

	@Test
	void externalEntitiesAreRefusedAtTheDoctype() {
		Diagnostic d = onlyProblem(load("""
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE catalog [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
				<catalog version="1">
				  <source id="s" document="&xxe;"/>
				  <product id="test.a" category="tubing" name="&xxe;" source="s"/>
				</catalog>
				"""), 2, "DOCTYPE declarations are not allowed");
		assertFalse(d.message().contains("root:"), d.message());
	}

	@Test
	void entityExpansionAndExternalDtdsAreRefused() {
		onlyProblem(load("""
				<?xml version="1.0"?>
				<!DOCTYPE lolz [
				 <!ENTITY lol "lol">
				 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
				 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
				]>
				<catalog version="1"><source id="s" document="&lol3;"/></catalog>
				"""), 6, "DOCTYPE");
		long start = System.nanoTime();
		onlyProblem(load("""
				<?xml version="1.0"?>
				<!DOCTYPE catalog SYSTEM "http://127.0.0.1:9/catalog.dtd">
				<catalog version="1"/>
				"""), 2, "DOCTYPE");
		assertTrue(System.nanoTime() - start < 5_000_000_000L, "the DTD must not be fetched");
	}

	@Test
	void anUndeclaredEntityIsNotWellFormed() {
		CatalogLoad load = load(HEADER + """
				  <product id="test.a" category="tubing" name="&xxe;" source="s"/>
				</catalog>
				""");
		assertEquals(List.of(), load.products());
		assertEquals(5, load.diagnostics().get(0).line(), load.diagnostics().toString());
	}

	@Test
	void anUnknownElementRejectsTheWholeFile() {
		onlyProblem(load(HEADER + """
				  <product id="test.good" category="tubing" name="Good" source="s"/>
				  <product id="test.a" category="tubing" name="A" source="s">
				    <figur key="prime_ml_per_m" value="7.9" unit="mL/m" source="s"/>
				  </product>
				</catalog>
				"""), 7, "unknown element <figur> in <product>");
	}

	@Test
	void aBadNumberNamesTheKeyAndTheText() {
		for (String bad : List.of("7,0", "NaN", "1e3", "seven", "Infinity", "0x10")) {
			onlyProblem(load(HEADER + """
					  <product id="test.a" category="oxygenator" name="A" source="s">
					    <figure key="max_flow_l_min" value="%s" unit="L/min" source="s"/>
					  </product>
					</catalog>
					""".formatted(bad)), 6, "max_flow_l_min: '" + bad + "' is not a number");
		}
	}

	@Test
	void theUnitMustBeTheUnitOfTheKey() {
		onlyProblem(load(HEADER + """
				  <product id="test.a" category="oxygenator" name="A" source="s">
				    <figure key="prime_ml" value="43" unit="ml" source="s"/>
				  </product>
				</catalog>
				"""), 6, "the unit of prime_ml is mL, got 'ml'");
	}

	@Test
	void aMissingAttributeIsNamed() {
		onlyProblem(load(HEADER + """
				  <product id="test.a" category="oxygenator" name="A" source="s">
				    <figure key="prime_ml" value="43" unit="mL"/>
				  </product>
				</catalog>
				"""), 6, "attribute 'source' is required on <figure>");
		onlyProblem(load(HEADER + """
				  <product id="test.a" name="A" source="s"/>
				</catalog>
				"""), 5, "attribute 'category' is required on <product>");
		onlyProblem(load("<catalog/>"), 1, "attribute 'version' is required on <catalog>");
	}

	@Test
	void everyProblemOfAFileIsReportedWithItsLine() {
		CatalogLoad load = load(HEADER + """
				  <product id="Test A" category="pump" name="A" source="s" colour="red">
				    <figure key="prime_ml" value="-4" unit="mL" source="nosuch"/>
				    <figure key="priming" value="4" unit="mL" source="s"/>
				    <figure key="max_flow_l_min" value="4" unit="L/min" qualifier="roughly" source="s"/>
				  </product>
				  <product id="test.b" category="reservoir" type="bag" name="B" patients="teen" source="s">
				    <figure key="capacity_ml" value="4000" unit="mL" source="nosuch"/>
				    <figure key="capacity_ml" value="3000" unit="mL" source="s"/>
				    <figure key="capacity_ml" value="3000" unit="mL" source="s"/>
				    <unknown key="capacity_ml"/>
				  </product>
				  <product id="test.b" category="tubing" name="B again" source="s">stray text</product>
				</catalog>
				""");
		assertEquals(List.of(), load.products());
		List<String> problems = load.diagnostics().stream().map(Diagnostic::toString).toList();
		List<String> expected = List.of(
				"test.ecccatalog:5: unknown attribute 'colour' on <product>",
				"test.ecccatalog:5: 'Test A' is not a valid product id",
				"test.ecccatalog:5: unknown category 'pump'; allowed: oxygenator, reservoir",
				"test.ecccatalog:6: prime_ml cannot be negative, got -4",
				"test.ecccatalog:7: unknown figure key 'priming'",
				"test.ecccatalog:8: unknown qualifier 'roughly'; allowed: exact, about",
				"test.ecccatalog:10: type 'bag' is not a type of reservoir; allowed: hardshell, soft-bag",
				"test.ecccatalog:10: unknown patient range 'teen'; allowed: neonatal, infant",
				"test.ecccatalog:12: figure capacity_ml is given twice with the same conditions",
				"test.ecccatalog:13: figure capacity_ml is given twice with the same conditions",
				"test.ecccatalog:16: product 'test.b' is declared twice in this file",
				"test.ecccatalog:16: text is not allowed directly in <product>",
				"test.ecccatalog:11: source 'nosuch' is not declared in this file",
				"test.ecccatalog:14: capacity_ml is declared unknown but the product also gives a figure for it");
		assertEquals(expected.size(), problems.size(), String.join("\n", problems));
		for (int i = 0; i < expected.size(); i++) {
			assertTrue(problems.get(i).startsWith(expected.get(i)), problems.get(i) + "\n  expected " + expected.get(i));
		}
	}

	@Test
	void signedKeysAcceptNegativeValues() {
		CatalogLoad load = load(HEADER + """
				  <product id="test.a" category="venous-cannula" name="A" source="s">
				    <figure key="flow_at_inlet_pressure_l_min" value="3.0" unit="L/min" source="s">
				      <when key="inlet_pressure_mmhg" value="-300" unit="mmHg"/>
				    </figure>
				  </product>
				</catalog>
				""");
		assertEquals(List.of(), load.diagnostics());
		assertEquals(-300.0, load.products().get(0).figures().get(0).conditions().get(0).value());
	}

	@Test
	void theRootAndTheVersionAreChecked() {
		onlyProblem(load("<?xml version=\"1.0\"?>\n<circuit version=\"1\"/>"), 2, "the root element is <circuit>");
		onlyProblem(load("<catalog version=\"2\"/>"), 1, "catalog format version '2' is not supported");
		onlyProblem(load("<catalog xmlns=\"urn:other\" version=\"1\"/>"), 1, "the root element is <{urn:other}catalog>");
	}

	@Test
	void sourcesAreChecked() {
		onlyProblem(load("""
				<catalog version="1">
				  <source id="a" page="3"/>
				</catalog>"""), 2, "source 'a' needs a document or a url");
		onlyProblem(load("""
				<catalog version="1">
				  <source id="a" url="file:///etc/passwd"/>
				</catalog>"""), 2, "must start with https:// or http://");
		onlyProblem(load("""
				<catalog version="1">
				  <source id="a" document="x"/>
				  <source id="a" document="y"/>
				</catalog>"""), 3, "source 'a' is declared twice");
		onlyProblem(load("""
				<catalog version="1">
				  <source id="a" document="x" weak="yes"/>
				</catalog>"""), 2, "must be true or false, got 'yes'");
	}

	@Test
	void aFileThatCannotBeReadIsADiagnostic(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) {
		CatalogLoad load = CatalogReader.read(folder.resolve("missing.ecccatalog"));
		assertEquals(List.of(), load.products());
		assertTrue(load.diagnostics().get(0).message().startsWith("cannot be read: "), load.diagnostics().toString());
		assertEquals(folder.resolve("missing.ecccatalog").toString(), load.diagnostics().get(0).file());
	}
}
