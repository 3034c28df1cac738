package org.eccworkbench.kit.resource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eccworkbench.kit.internal.Messages;
import org.eccworkbench.kit.mission.Mission;
import org.eccworkbench.kit.mission.MissionPackage;
import org.eccworkbench.model.resource.FileProblem;
import org.eccworkbench.model.resource.XmiFiles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

/** Reads and writes {@code .eccmission} files. */
public final class MissionFiles {

	public static final String FILE_EXTENSION = "eccmission";
	/** The version this release writes. */
	public static final String CURRENT_VERSION = "1.0";

	private MissionFiles() {
	}

	/** A resource set that reads {@code .eccmission} files, inside or outside OSGi. */
	public static ResourceSet newResourceSet() {
		ResourceSet resources = new ResourceSetImpl();
		resources.getPackageRegistry().put(MissionPackage.eNS_URI, MissionPackage.eINSTANCE);
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new MissionResourceFactory());
		return resources;
	}

	/**
	 * Reads the mission in {@code file}. Every problem (unreadable file, malformed XML, DOCTYPE,
	 * unknown element, a date that is not ISO 8601, a root that is not a mission, another format
	 * version) is reported with its line, and no mission is returned.
	 */
	public static MissionLoadResult load(Path file) {
		ResourceSet resources = newResourceSet();
		Resource resource = resources.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		List<FileProblem> problems = XmiFiles.read(resource, file);
		if (!problems.isEmpty()) {
			return new MissionLoadResult(Optional.empty(), problems);
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Mission mission)) {
			String found = resource.getContents().isEmpty() ? "-" : resource.getContents().get(0).eClass().getName();
			return failed(file, NLS.bind(Messages.Load_notAMission, found));
		}
		Optional<FileProblem> unresolved = XmiFiles.firstUnresolvedReference(file, mission);
		if (unresolved.isPresent()) {
			return new MissionLoadResult(Optional.empty(), List.of(unresolved.get()));
		}
		String version = mission.getFormatVersion();
		if (version != null && !version.isBlank() && !CURRENT_VERSION.equals(version)) {
			return failed(file, NLS.bind(Messages.Load_version, version, CURRENT_VERSION));
		}
		return new MissionLoadResult(Optional.of(mission), List.of());
	}

	private static MissionLoadResult failed(Path file, String message) {
		return new MissionLoadResult(Optional.empty(), List.of(new FileProblem(file, 0, 0, message)));
	}

	/** Writes {@code mission} to {@code file} atomically ({@link XmiFiles#writeAtomically}). */
	public static void save(Mission mission, Path file) throws IOException {
		if (mission.getFormatVersion() == null || mission.getFormatVersion().isBlank()) {
			mission.setFormatVersion(CURRENT_VERSION);
		}
		MissionResource writer = new MissionResource(URI.createFileURI(file.toAbsolutePath().toString()));
		Resource current = mission.eResource();
		if (current instanceof MissionResource) {
			XmiFiles.writeAtomically(file, XmiFiles.serialize(current));
			return;
		}
		if (current == null) {
			writer.getContents().add(mission);
		} else {
			writer.getContents().add(EcoreUtil.copy(mission));
		}
		XmiFiles.writeAtomically(file, XmiFiles.serialize(writer));
	}
}
