package org.eccworkbench.kit.plan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eccworkbench.analysis.circuit.CircuitTemplate;
import org.eccworkbench.analysis.circuit.CircuitTemplates;
import org.eccworkbench.kit.internal.Messages;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.resource.CircuitFiles;
import org.eccworkbench.model.resource.FileProblem;
import org.eccworkbench.model.resource.LoadResult;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.osgi.util.NLS;

/**
 * The circuit templates contributed to {@code org.eccworkbench.analysis.templates} (the ones
 * {@code eccw template list} shows), by template id; each is read once. A template name that no
 * bundle contributes is a problem naming the ids there are.
 */
public final class TemplateCircuitSource implements CircuitSource {

	private final CircuitTemplates templates;
	private final Map<String, Optional<Circuit>> read = new HashMap<>();
	private final List<String> problems = new ArrayList<>();

	public TemplateCircuitSource(CircuitTemplates templates) {
		this.templates = templates;
		problems.addAll(templates.problems());
	}

	/** The templates of the running platform. */
	public static TemplateCircuitSource contributed() {
		return new TemplateCircuitSource(CircuitTemplates.contributed());
	}

	@Override
	public synchronized Optional<Circuit> circuit(String template) {
		return read.computeIfAbsent(template, this::load);
	}

	private Optional<Circuit> load(String name) {
		Optional<CircuitTemplate> template = templates.template(name);
		if (template.isEmpty()) {
			problems.add(NLS.bind(Messages.Template_notContributed, name,
					String.join(", ", templates.all().stream().map(CircuitTemplate::id).toList()))); //$NON-NLS-1$
			return Optional.empty();
		}
		Path file;
		try {
			// toFileURL gives a file: URL whose path is not escaped, so it is not a valid URI.
			file = Path.of(FileLocator.toFileURL(template.get().file()).getPath());
		} catch (IOException e) {
			problems.add(NLS.bind(Messages.Template_unreadable, name, e.getMessage()));
			return Optional.empty();
		}
		LoadResult result = CircuitFiles.load(file);
		result.problems().stream().map(FileProblem::toString).forEach(problems::add);
		return result.circuit();
	}

	@Override
	public synchronized List<String> problems() {
		return List.copyOf(problems);
	}
}
