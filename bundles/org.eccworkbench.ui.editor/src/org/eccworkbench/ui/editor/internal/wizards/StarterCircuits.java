package org.eccworkbench.ui.editor.internal.wizards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eccworkbench.analysis.circuit.CircuitTemplate;
import org.eccworkbench.analysis.circuit.CircuitTemplates;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.CircuitFactory;
import org.eccworkbench.model.circuit.CircuitKind;
import org.eccworkbench.model.resource.CircuitFiles;
import org.eccworkbench.model.resource.CircuitFormat;
import org.eccworkbench.model.resource.LoadResult;
import org.eccworkbench.ui.editor.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The circuits the New Circuit wizard offers: the empty circuit, then the templates contributed
 * to {@code org.eccworkbench.analysis.templates}, from the largest patient to the smallest and
 * bypass before ECMO; templates of other contributors follow by id.
 */
public final class StarterCircuits {

	/** The shipped templates in the order the wizard lists them. */
	static final List<String> SHIPPED_ORDER = List.of("adult", "small-adult", "paediatric", "neonatal", "va-ecmo", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"vv-ecmo"); //$NON-NLS-1$

	private StarterCircuits() {
	}

	/** The empty circuit and every contributed template. */
	public static List<StarterCircuit> all() {
		List<StarterCircuit> all = new ArrayList<>();
		all.add(EMPTY);
		all.addAll(templates());
		return all;
	}

	/** The contributed templates, in the wizard's order. */
	public static List<StarterCircuit> templates() {
		return CircuitTemplates.contributed().all().stream().sorted(Comparator.comparingInt(StarterCircuits::rank))
				.<StarterCircuit>map(FromTemplate::new).toList();
	}

	/** The contributed template {@code id}, if there is one. */
	public static Optional<StarterCircuit> template(String id) {
		return CircuitTemplates.contributed().template(id).map(FromTemplate::new);
	}

	private static int rank(CircuitTemplate template) {
		int index = SHIPPED_ORDER.indexOf(template.id());
		return index < 0 ? SHIPPED_ORDER.size() : index;
	}

	public static final StarterCircuit EMPTY = new StarterCircuit() {
		@Override
		public String label() {
			return Messages.Starter_empty;
		}

		@Override
		public String description() {
			return Messages.Starter_emptyDescription;
		}

		@Override
		public Circuit create(String name) {
			Circuit circuit = CircuitFactory.eINSTANCE.createCircuit();
			circuit.setName(name);
			circuit.setKind(CircuitKind.CPB);
			circuit.setModelVersion(CircuitFormat.CURRENT_VERSION);
			return circuit;
		}
	};

	/** A copy of a template's file, read as the editor reads any circuit (migrated if older). */
	private record FromTemplate(CircuitTemplate template) implements StarterCircuit {

		@Override
		public String label() {
			return template.name();
		}

		@Override
		public String description() {
			return template.description();
		}

		@Override
		public Circuit create(String name) {
			Path copy = null;
			try {
				copy = Files.createTempFile("template-", "." + CircuitFiles.FILE_EXTENSION); //$NON-NLS-1$ //$NON-NLS-2$
				Files.write(copy, template.content());
				LoadResult loaded = CircuitFiles.load(copy);
				return loaded.circuit().orElseThrow(() -> new UncheckedIOException(new IOException(NLS.bind(
						Messages.Starter_templateUnreadable, template.id(), loaded.problems().get(0).message()))));
			} catch (IOException e) {
				throw new UncheckedIOException(
						new IOException(NLS.bind(Messages.Starter_templateUnreadable, template.id(), e.getMessage()), e));
			} finally {
				if (copy != null) {
					try {
						Files.deleteIfExists(copy);
					} catch (IOException e) {
						copy.toFile().deleteOnExit();
					}
				}
			}
		}
	}
}
