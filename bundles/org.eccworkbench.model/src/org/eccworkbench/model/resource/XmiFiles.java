package org.eccworkbench.model.resource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.XMLConstants;

import org.eccworkbench.model.internal.Messages;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.osgi.util.NLS;

/**
 * What every ECC Workbench XMI file format shares ({@code .ecc}, {@code .eccmission}): a parser
 * that refuses DOCTYPE declarations and external entities, problems reported with their line,
 * references by id, and saving that never leaves a half-written file.
 */
public final class XmiFiles {

	private XmiFiles() {
	}

	/** Sets the secure load options and the UTF-8 save options on {@code resource}. */
	public static void configure(XMLResource resource) {
		Map<Object, Object> load = resource.getDefaultLoadOptions();
		load.put(XMLResource.OPTION_PARSER_FEATURES, Map.of(
				"http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE,
				"http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
				"http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE,
				"http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE,
				XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE));
		load.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
		load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		Map<Object, Object> save = resource.getDefaultSaveOptions();
		save.put(XMLResource.OPTION_ENCODING, "UTF-8");
		save.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(120));
		save.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
	}

	/**
	 * Loads {@code file} into {@code resource} and returns every problem with its line: an
	 * unreadable file, malformed XML, a DOCTYPE, an unknown element or type, an illegal value.
	 */
	public static List<FileProblem> read(Resource resource, Path file) {
		List<FileProblem> problems = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file)) {
			resource.load(in, resource.getResourceSet() == null ? null : resource.getResourceSet().getLoadOptions());
		} catch (IOException e) {
			if (resource.getErrors().isEmpty()) {
				problems.add(LoadProblems.fromException(file, e));
			}
		} catch (RuntimeException e) {
			problems.add(LoadProblems.fromException(file, e));
		}
		for (Resource.Diagnostic error : resource.getErrors()) {
			problems.add(LoadProblems.fromDiagnostic(file, error));
		}
		return problems;
	}

	/** A problem for the first reference of {@code root}'s tree that names an id the file lacks. */
	public static Optional<FileProblem> firstUnresolvedReference(Path file, EObject root) {
		for (EObject proxy : EcoreUtil.ProxyCrossReferencer.find(root).keySet()) {
			String target = ((InternalEObject) proxy).eProxyURI().fragment();
			return Optional.of(new FileProblem(file, 0, 0, NLS.bind(Messages.Load_danglingReference, target)));
		}
		return Optional.empty();
	}

	/** The XMI text of {@code resource}. */
	public static byte[] serialize(Resource resource) throws IOException {
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		resource.save(content, null);
		return content.toByteArray();
	}

	/**
	 * Writes {@code bytes} to {@code file} atomically: the new content goes to a temporary file in
	 * the same folder, is forced to disk, then replaces {@code file} in one rename. If anything
	 * fails, {@code file} keeps its previous content.
	 */
	public static void writeAtomically(Path file, byte[] bytes) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				channel.write(ByteBuffer.wrap(bytes));
				channel.force(true);
			}
			try {
				Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
