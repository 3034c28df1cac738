package org.eccworkbench.kit.plan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eccworkbench.kit.internal.Messages;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.resource.CircuitFiles;
import org.eccworkbench.model.resource.FileProblem;
import org.eccworkbench.model.resource.LoadResult;
import org.eclipse.osgi.util.NLS;

/**
 * Templates as {@code <name>.ecc} files in one folder, each read once: a team's own circuits, named
 * by a mission's {@code templateFolder} or {@code eccw kit plan --templates DIR}. The shipped
 * templates come from {@link TemplateCircuitSource}.
 */
public final class FolderCircuitSource implements CircuitSource {

	private final Path folder;
	private final Map<String, Optional<Circuit>> read = new HashMap<>();
	private final List<String> problems = new ArrayList<>();

	public FolderCircuitSource(Path folder) {
		this.folder = folder;
	}

	@Override
	public synchronized Optional<Circuit> circuit(String template) {
		return read.computeIfAbsent(template, this::load);
	}

	private Optional<Circuit> load(String template) {
		if (!template.matches("[A-Za-z0-9._-]+")) {
			problems.add(NLS.bind(Messages.Template_badName, template));
			return Optional.empty();
		}
		Path file = folder.resolve(template + "." + CircuitFiles.FILE_EXTENSION);
		if (!Files.isRegularFile(file)) {
			problems.add(NLS.bind(Messages.Template_missing, template, folder));
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
