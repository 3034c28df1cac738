package org.eccworkbench.ui.editor.internal.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.provider.CircuitItemProviderAdapterFactory;
import org.eccworkbench.model.resource.CircuitFiles;
import org.eccworkbench.model.resource.FileProblem;
import org.eccworkbench.model.resource.LoadResult;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

/**
 * An open {@code .ecc} file: the circuit in an editing domain whose command stack records every
 * edit, or the problems that kept the file from being read.
 */
public final class CircuitDocument {

	private final ComposedAdapterFactory adapterFactory;
	private final AdapterFactoryEditingDomain domain;
	private final Circuit circuit;
	private final List<FileProblem> problems;
	private Path path;

	private CircuitDocument(Path path, LoadResult result) {
		this.path = path;
		adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new CircuitItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack(), new HashMap<>());
		circuit = result.circuit().orElse(null);
		problems = result.problems();
		if (circuit != null && circuit.eResource() instanceof ResourceImpl resource) {
			domain.getResourceSet().getResources().add(resource);
			if (resource.getIntrinsicIDToEObjectMap() == null) {
				// a CircuitResource has its id map already
				resource.setIntrinsicIDToEObjectMap(new HashMap<>());
			}
		}
	}

	/**
	 * Forgets the resource's id look-up cache. Looking an id up fills the cache in one pass over the
	 * circuit, so the validator's unique-id check is linear instead of quadratic; forgetting it
	 * before each validation keeps deleted or renamed elements out of it.
	 */
	public void forgetIds() {
		if (circuit != null && circuit.eResource() instanceof ResourceImpl resource
				&& resource.getIntrinsicIDToEObjectMap() != null) {
			resource.getIntrinsicIDToEObjectMap().clear();
		}
	}

	/** Reads {@code path}; a broken file gives a document with problems and no circuit. */
	public static CircuitDocument load(Path path) {
		return new CircuitDocument(path, CircuitFiles.load(path));
	}

	public boolean broken() {
		return circuit == null;
	}

	public List<FileProblem> problems() {
		return problems;
	}

	public Circuit circuit() {
		return circuit;
	}

	public AdapterFactoryEditingDomain domain() {
		return domain;
	}

	public ComposedAdapterFactory adapterFactory() {
		return adapterFactory;
	}

	public BasicCommandStack commandStack() {
		return (BasicCommandStack) domain.getCommandStack();
	}

	public Path path() {
		return path;
	}

	public boolean dirty() {
		return commandStack().isSaveNeeded();
	}

	/** Writes the circuit to {@code target} atomically; from then on the document is that file. */
	public void saveAs(Path target) throws IOException {
		if (broken()) {
			throw new IllegalStateException("a file that could not be read is never written"); //$NON-NLS-1$
		}
		CircuitFiles.save(circuit, target);
		path = target;
		commandStack().saveIsDone();
	}

	public void dispose() {
		adapterFactory.dispose();
	}
}
