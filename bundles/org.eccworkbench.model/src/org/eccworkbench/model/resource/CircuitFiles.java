package org.eccworkbench.model.resource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.CircuitPackage;
import org.eccworkbench.model.internal.Messages;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

/** Reads and writes {@code .ecc} files. */
public final class CircuitFiles {

	public static final String FILE_EXTENSION = "ecc";

	private CircuitFiles() {
	}

	/** A resource set that reads {@code .ecc} files, inside or outside OSGi. */
	public static ResourceSet newResourceSet() {
		ResourceSet resources = new ResourceSetImpl();
		resources.getPackageRegistry().put(CircuitPackage.eNS_URI, CircuitPackage.eINSTANCE);
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION,
				new CircuitResourceFactory());
		return resources;
	}

	/**
	 * Reads the circuit in {@code file}. Any problem (unreadable file, malformed XML, DOCTYPE or
	 * external entity, unknown element, reference to an id the file lacks, a root that is not a
	 * circuit, an unknown format version) is reported with its line, and no circuit is returned.
	 */
	public static LoadResult load(Path file) {
		ResourceSet resources = newResourceSet();
		Resource resource = resources.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		List<FileProblem> problems = XmiFiles.read(resource, file);
		if (!problems.isEmpty()) {
			return new LoadResult(Optional.empty(), problems);
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Circuit circuit)) {
			String found = resource.getContents().isEmpty() ? Messages.Load_nothing
					: resource.getContents().get(0).eClass().getName();
			return failed(file, NLS.bind(Messages.Load_notACircuit, found));
		}
		Optional<FileProblem> unresolved = XmiFiles.firstUnresolvedReference(file, circuit);
		if (unresolved.isPresent()) {
			return new LoadResult(Optional.empty(), List.of(unresolved.get()));
		}
		String version = circuit.getModelVersion();
		if (version == null || version.isBlank()) {
			return failed(file, Messages.Load_noVersion);
		}
		if (!CircuitFormat.CURRENT_VERSION.equals(version)) {
			if (CircuitFormat.isNewer(version)) {
				return failed(file, NLS.bind(Messages.Load_newerVersion, version, CircuitFormat.CURRENT_VERSION));
			}
			Optional<List<CircuitFormat.Migration>> path = CircuitFormat.path(version);
			if (path.isEmpty()) {
				return failed(file, NLS.bind(Messages.Load_unknownVersion, version, CircuitFormat.CURRENT_VERSION));
			}
			for (CircuitFormat.Migration migration : path.get()) {
				migration.migrate(circuit);
				circuit.setModelVersion(migration.toVersion());
			}
		}
		return new LoadResult(Optional.of(circuit), List.of());
	}

	private static LoadResult failed(Path file, String message) {
		return new LoadResult(Optional.empty(), List.of(new FileProblem(file, 0, 0, message)));
	}

	/**
	 * Writes {@code circuit} to {@code file} atomically: the new content goes to a temporary file in
	 * the same folder, is forced to disk, then replaces {@code file} in one rename. If anything
	 * fails, {@code file} keeps its previous content.
	 */
	public static void save(Circuit circuit, Path file) throws IOException {
		// Elements refer to each other by id: a reference outside the circuit would be written
		// without complaint and make the file unreadable.
		Optional<String> outside = firstReferenceOutside(circuit);
		if (outside.isPresent()) {
			throw new IOException(NLS.bind(Messages.Save_referenceOutside, outside.get()));
		}
		if (circuit.getModelVersion() == null || circuit.getModelVersion().isBlank()) {
			circuit.setModelVersion(CircuitFormat.CURRENT_VERSION);
		}
		Resource resource = circuit.eResource();
		if (!(resource instanceof CircuitResource)) {
			// A circuit outside a resource moves into one; one in another kind of resource is
			// written from a copy, so that its own resource is left as it is.
			Resource writer = newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
			writer.getContents().add(resource == null ? circuit : EcoreUtil.copy(circuit));
			resource = writer;
		}
		XmiFiles.writeAtomically(file, XmiFiles.serialize(resource));
	}

	private static Optional<String> firstReferenceOutside(Circuit circuit) {
		for (var contents = circuit.eAllContents(); contents.hasNext();) {
			EObject element = contents.next();
			for (EObject target : element.eCrossReferences()) {
				if (EcoreUtil.getRootContainer(target) != circuit) {
					return Optional.of(describe(element) + " -> " + describe(target));
				}
			}
		}
		return Optional.empty();
	}

	private static String describe(EObject element) {
		var id = element.eClass().getEIDAttribute();
		Object value = id == null ? null : element.eGet(id);
		return value == null ? element.eClass().getName() : value.toString();
	}
}
