package org.eccworkbench.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eccworkbench.analysis.circuit.CatalogCircuitFacts;
import org.eccworkbench.analysis.circuit.CircuitOptions;
import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.ui.editor.internal.export.PackSpecification;
import org.eccworkbench.ui.editor.internal.export.PackSpecificationExport;
import org.eccworkbench.ui.editor.internal.wizards.StarterCircuits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pack specification of the adult template: the PDF's text and the CSV bill of materials. */
class PackSpecificationTest {

	@TempDir
	Path folder;

	private final Circuit circuit = StarterCircuits.template("adult").orElseThrow().create("adult"); //$NON-NLS-1$ //$NON-NLS-2$
	private final CatalogCircuitFacts facts = new CatalogCircuitFacts(CatalogRegistry.contributed(), CircuitOptions.defaults());

	@Test
	void thePdfHasTheDrawingTheBomEverySegmentAndThePrime() throws Exception {
		PackSpecification spec = PackSpecification.of(circuit, facts);
		Path pdf = folder.resolve("adult-pack.pdf"); //$NON-NLS-1$
		Path csv = PackSpecificationExport.csvBeside(pdf);
		PackSpecificationExport.write(circuit, spec, pdf, csv);
		assertEquals("adult-pack-bom.csv", csv.getFileName().toString()); //$NON-NLS-1$
		String text;
		try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
			text = new PDFTextStripper().getText(document);
			assertTrue(document.getPage(0).getResources().getXObjectNames().iterator().hasNext(), "the drawing");
		}
		String flat = text.replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(spec.bom().size() > 3, spec.bom().toString());
		for (PackSpecification.BomLine line : spec.bom()) {
			assertTrue(flat.contains(line.reference() + " "), line.reference() + " in " + flat); //$NON-NLS-1$ //$NON-NLS-2$
			assertTrue(flat.contains(line.quantity() + " " + line.unit()), line + " in " + flat); //$NON-NLS-1$
		}
		assertTrue(flat.contains("terumo.capiox-rx-fx-reservoir-4l"), flat); //$NON-NLS-1$
		assertTrue(flat.contains("tubing-0.375in"), flat); //$NON-NLS-1$
		List<Connection> tubes = circuit.getConnections().stream()
				.filter(c -> c.getInternalDiameterInch() > 0 && c.getLengthM() > 0).toList();
		assertEquals(tubes.size(), spec.segments().size());
		for (Connection tube : tubes) {
			assertTrue(flat.contains(tube.getId() + " "), tube.getId()); //$NON-NLS-1$
		}
		assertTrue(flat.contains("pumpInlet") && flat.contains("1/2 in 0.60"), flat); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(flat.contains(spec.primeText()), spec.primeText());
	}

	@Test
	void theCsvHasOneRowPerProductAndTubingSize() throws Exception {
		PackSpecification spec = PackSpecification.of(circuit, facts);
		List<String> lines = PackSpecificationExport.csv(spec).lines().toList();
		assertEquals("reference,name,manufacturer,quantity,unit", lines.get(0)); //$NON-NLS-1$
		List<String> references = lines.subList(1, lines.size()).stream().map(l -> l.substring(0, l.indexOf(','))).toList();
		assertEquals(references.stream().distinct().toList(), references, "one row per product");
		long products = circuit.getComponents().stream().map(Component::getProductId)
				.filter(id -> id != null && !id.isBlank())
				.filter(id -> facts.catalog().product(id)
						.map(p -> p.category() != org.eccworkbench.catalog.Category.ROLLER_PUMP).orElse(true))
				.distinct().count();
		long sizes = circuit.getConnections().stream().filter(c -> c.getInternalDiameterInch() > 0 && c.getLengthM() > 0)
				.map(Connection::getInternalDiameterInch).distinct().count();
		assertEquals(products + sizes, references.size(), String.join("\n", lines)); //$NON-NLS-1$
		assertTrue(references.contains("terumo.capiox-rx-fx-reservoir-4l")); //$NON-NLS-1$
		assertTrue(references.stream().noneMatch(r -> r.equals("terumo.system1-roller-6in")), "consoles are not pack content"); //$NON-NLS-1$
		String written = lines.stream().collect(Collectors.joining("\n")); //$NON-NLS-1$
		assertTrue(written.getBytes(StandardCharsets.UTF_8).length > 100);
	}
}
