package org.eccworkbench.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eccworkbench.model.circuit.ArterialFilter;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.GasBlender;
import org.eccworkbench.model.circuit.HeaterCooler;
import org.eccworkbench.model.circuit.Sensor;
import org.eccworkbench.ui.editor.internal.export.PngExport;
import org.eccworkbench.ui.editor.internal.export.SvgExport;
import org.eccworkbench.ui.editor.internal.wizards.StarterCircuits;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The diagram exports as a PNG with a drawing in it and as an SVG document that parses. */
class ExportTest {

	@TempDir
	Path folder;

	private final Circuit circuit = StarterCircuits.template("adult").orElseThrow().create("export"); //$NON-NLS-1$

	@Test
	void pngHasTheDiagramsSizeAndIsNotBlank() throws Exception {
		Path png = folder.resolve("loop.png"); //$NON-NLS-1$
		PngExport.write(circuit, png);
		assertTrue(Files.size(png) > 1000, "a PNG of some size: " + Files.size(png));
		ImageData image = new ImageLoader().load(png.toString())[0];
		assertTrue(image.width > 300 && image.height > 100, image.width + "x" + image.height); //$NON-NLS-1$
		int white = image.palette.getPixel(new org.eclipse.swt.graphics.RGB(255, 255, 255));
		int drawn = 0;
		for (int y = 0; y < image.height; y += 2) {
			for (int x = 0; x < image.width; x += 2) {
				if (image.getPixel(x, y) != white) {
					drawn++;
				}
			}
		}
		assertTrue(drawn > 500, drawn + " non-white pixels"); //$NON-NLS-1$
	}

	@Test
	void svgParsesAndHasEveryPartAndLine() throws Exception {
		Path svg = folder.resolve("loop.svg"); //$NON-NLS-1$
		SvgExport.write(circuit, svg);
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder().parse(svg.toFile());
		assertEquals("svg", document.getDocumentElement().getLocalName()); //$NON-NLS-1$
		long filters = count(ArterialFilter.class) + count(org.eccworkbench.model.circuit.Hemoconcentrator.class);
		long suckers = circuit.getComponents().stream()
				.filter(c -> c instanceof org.eccworkbench.model.circuit.SuctionVent s
						&& s.getSuctionVentKind() != org.eccworkbench.model.circuit.SuctionVentKind.VENT)
				.count();
		assertEquals(circuit.getConnections().size() + filters + suckers,
				document.getElementsByTagName("polyline").getLength(), //$NON-NLS-1$
				"one polyline per tube segment, the screen of each filter and the wand of each sucker");
		long devices = count(GasBlender.class) + count(HeaterCooler.class) + count(Sensor.class)
				+ count(org.eccworkbench.model.circuit.CardioplegiaSet.class);
		long labelLines = circuit.getComponents().stream()
				.mapToLong(c -> org.eccworkbench.ui.editor.internal.diagram.Labels.lines(c).size()).sum();
		assertEquals(labelLines + devices, document.getElementsByTagName("text").getLength(), //$NON-NLS-1$
				"each line of each part's label, and the short name on each console device, cardioplegia set and sensor");
	}

	private long count(Class<?> type) {
		return circuit.getComponents().stream().filter(type::isInstance).count();
	}
}
