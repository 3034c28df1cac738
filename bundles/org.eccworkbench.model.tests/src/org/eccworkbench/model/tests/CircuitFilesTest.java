package org.eccworkbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.RollerPump;
import org.eccworkbench.model.resource.CircuitFiles;
import org.eccworkbench.model.resource.CircuitFormat;
import org.eccworkbench.model.resource.FileProblem;
import org.eccworkbench.model.resource.LoadResult;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CircuitFilesTest {

	private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
	private static final String OPEN = "<ecc:Circuit xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
			+ " xmlns:ecc=\"http://www.eccworkbench.org/model/circuit/1.0\" xmi:version=\"2.0\" name=\"t\" modelVersion=\"1.0\">\n";

	@TempDir
	Path folder;

	@Test
	void aSavedCircuitReadsBackEqual() throws IOException {
		Circuit circuit = Circuits.minimal();
		Path file = folder.resolve("adult.ecc");
		CircuitFiles.save(circuit, file);
		LoadResult loaded = CircuitFiles.load(file);
		assertEquals(List.of(), loaded.problems());
		Circuit read = loaded.circuit().orElseThrow();
		assertTrue(EcoreUtil.equals(circuit, read), "the circuit reads back equal");
		Connection pumpOutlet = (Connection) read.findElement("pumpOutlet");
		assertEquals("arterialPump.out", pumpOutlet.getSource().getId());
		assertEquals(0.375, pumpOutlet.getInternalDiameterInch());
		assertEquals(200.0, ((org.eccworkbench.model.circuit.Reservoir) read.findElement("reservoir")).getMinimumLevelMl());
		assertEquals(CircuitFormat.CURRENT_VERSION, read.getModelVersion());
		String xml = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(xml.contains("source=\"arterialPump.out\""), "references are the ids a person can read:\n" + xml);
		assertTrue(xml.contains("modelVersion=\"1.0\""), "the format version is written:\n" + xml);
	}

	@Test
	void saveReplacesTheFileAtomicallyAndLeavesNoTemporaryFile() throws IOException {
		Path file = folder.resolve("circuit.ecc");
		Files.writeString(file, "previous content");
		CircuitFiles.save(Circuits.minimal(), file);
		assertTrue(CircuitFiles.load(file).ok());
		try (var files = Files.list(folder)) {
			assertEquals(List.of(file), files.toList());
		}
	}

	@Test
	void aFailedSaveKeepsThePreviousFile() throws IOException {
		Path file = folder.resolve("circuit.ecc");
		Circuit circuit = Circuits.minimal();
		CircuitFiles.save(circuit, file);
		String saved = Files.readString(file);
		// A segment to a port of a part that is in no circuit cannot be written.
		var stray = Circuits.F.createRollerPump();
		stray.setId("stray");
		Circuits.connect(circuit, "toNowhere", circuit.getConnections().get(0).getSource(),
				Circuits.port(stray, "in", org.eccworkbench.model.circuit.PortKind.BLOOD_IN, 0.375), 0.375, 1, null);
		IOException refused = assertThrows(IOException.class, () -> CircuitFiles.save(circuit, file));
		assertEquals("cannot save: toNowhere -> stray.in refers to an element that is not in the circuit", refused.getMessage());
		assertEquals(saved, Files.readString(file), "the previous content is kept");
		try (var files = Files.list(folder)) {
			assertEquals(List.of(file), files.toList(), "no temporary file is left");
		}
	}

	@Test
	void malformedXmlNamesTheLine() throws IOException {
		FileProblem problem = single(write("broken.ecc", HEADER + OPEN + "  <components xsi:type=\"ecc:Reservoir\" id=\"r\"\n</ecc:Circuit>\n"));
		assertEquals(4, problem.line());
		assertTrue(problem.message().startsWith("malformed XML: "), problem.message());
	}

	@Test
	void anUnknownElementIsReportedWithItsLine() throws IOException {
		FileProblem problem = single(write("unknown.ecc", HEADER + OPEN + "  <pumpp id=\"x\"/>\n</ecc:Circuit>\n"));
		assertEquals(3, problem.line());
		assertEquals("unknown element or attribute 'pumpp'", problem.message());
	}

	@Test
	void anUnknownComponentTypeIsReported() throws IOException {
		FileProblem problem = single(write("type.ecc", HEADER + OPEN + "  <components xsi:type=\"ecc:WarpDrive\" id=\"w\"/>\n</ecc:Circuit>\n"));
		assertEquals(3, problem.line());
		assertEquals("unknown component type 'WarpDrive'", problem.message());
	}

	@Test
	void aDanglingReferenceIsReported() throws IOException {
		LoadResult result = CircuitFiles.load(write("dangling.ecc", HEADER + OPEN
				+ "  <components xsi:type=\"ecc:Reservoir\" id=\"r\"><ports id=\"r.out\" name=\"out\" kind=\"blood-out\"/></components>\n"
				+ "  <connections id=\"c\" source=\"r.out\" target=\"pump.in\"/>\n</ecc:Circuit>\n"));
		assertFalse(result.ok());
		assertTrue(result.problems().stream().anyMatch(p -> p.message().equals("refers to 'pump.in', which is not in the file")),
				result.problems().toString());
	}

	@Test
	void aNewerFormatIsRefused() throws IOException {
		FileProblem problem = single(write("newer.ecc", HEADER + OPEN.replace("modelVersion=\"1.0\"", "modelVersion=\"2.3\"") + "</ecc:Circuit>\n"));
		assertEquals("the circuit was written in format 2.3 by a newer ECC Workbench; this version reads format 1.0 and older",
				problem.message());
	}

	@Test
	void aCircuitWithoutFormatVersionIsRefused() throws IOException {
		FileProblem problem = single(write("noversion.ecc", HEADER + OPEN.replace(" modelVersion=\"1.0\"", "") + "</ecc:Circuit>\n"));
		assertEquals("the circuit has no modelVersion: it was not written by ECC Workbench", problem.message());
	}

	@Test
	void anOlderFormatIsMigratedStepByStep() throws IOException {
		CircuitFormat.Migration step = new CircuitFormat.Migration() {
			@Override
			public String fromVersion() {
				return "0.9";
			}

			@Override
			public String toVersion() {
				return "1.0";
			}

			@Override
			public void migrate(Circuit circuit) {
				circuit.getComponents().stream().filter(RollerPump.class::isInstance).map(RollerPump.class::cast)
						.forEach(pump -> pump.setOcclusion(1.0));
			}
		};
		Path file = write("old.ecc", HEADER + OPEN.replace("modelVersion=\"1.0\"", "modelVersion=\"0.9\"")
				+ "  <components xsi:type=\"ecc:RollerPump\" id=\"p\" occlusion=\"0.5\"/>\n</ecc:Circuit>\n");
		assertEquals("unknown format version 0.9 (this version reads 1.0)", single(file).message());
		CircuitFormat.register(step);
		try {
			Circuit circuit = CircuitFiles.load(file).circuit().orElseThrow();
			assertEquals("1.0", circuit.getModelVersion());
			assertEquals(1.0, ((RollerPump) circuit.findElement("p")).getOcclusion());
		} finally {
			CircuitFormat.unregister(step);
		}
	}

	@Test
	void externalEntitiesAreRefused() throws IOException {
		Path secret = Files.writeString(folder.resolve("secret.txt"), "patient list");
		FileProblem problem = single(write("xxe.ecc", HEADER + "<!DOCTYPE ecc:Circuit [<!ENTITY x SYSTEM \"" + secret.toUri()
				+ "\">]>\n" + OPEN.replace("name=\"t\"", "name=\"&x;\"") + "</ecc:Circuit>\n"));
		assertEquals("DOCTYPE declarations and external entities are not allowed in circuit files", problem.message());
		assertEquals(2, problem.line());
	}

	@Test
	void aFileWithoutACircuitIsRefused() throws IOException {
		FileProblem problem = single(write("patient.ecc", HEADER
				+ "<ecc:Patient xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:ecc=\"http://www.eccworkbench.org/model/circuit/1.0\" xmi:version=\"2.0\" weightKg=\"3\"/>\n"));
		assertEquals("the file holds Patient, not an ECC circuit", problem.message());
	}

	@Test
	void aMissingFileIsNamed() {
		FileProblem problem = single(folder.resolve("nowhere.ecc"));
		assertEquals("no such file", problem.message());
		assertEquals("nowhere.ecc: no such file", problem.toString());
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
	}

	private static FileProblem single(Path file) {
		LoadResult result = CircuitFiles.load(file);
		assertFalse(result.ok(), "no circuit from a broken file");
		assertEquals(1, result.problems().size(), result.problems().toString());
		return result.problems().get(0);
	}
}
