package org.eccworkbench.cli.internal.circuit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eccworkbench.analysis.circuit.CircuitTemplate;
import org.eccworkbench.analysis.circuit.CircuitTemplates;
import org.eccworkbench.cli.Arguments;
import org.eccworkbench.cli.CommandIO;
import org.eccworkbench.cli.ExitCode;
import org.eccworkbench.cli.Subcommand;
import org.eccworkbench.cli.UsageException;
import org.eccworkbench.model.resource.XmiFiles;
import org.eclipse.osgi.util.NLS;

/**
 * {@code eccw template new NAME FILE [--force]}: writes a copy of a shipped template, atomically;
 * an existing file is kept unless {@code --force} is given.
 */
public final class TemplateNewCommand implements Subcommand {

	static final String FLAG_FORCE = "force"; //$NON-NLS-1$

	@Override
	public int run(List<String> commandLine, CommandIO io) throws UsageException, IOException {
		Arguments args = Arguments.parse(commandLine, Set.of(), Set.of(FLAG_FORCE));
		if (args.positional().size() != 2) {
			throw new UsageException(CircuitMessages.Template_nameAndFile);
		}
		String name = args.positional().get(0);
		Path file = Path.of(args.positional().get(1));
		CircuitTemplates templates = CircuitTemplates.contributed();
		Optional<CircuitTemplate> template = templates.template(name);
		if (template.isEmpty()) {
			io.err().println(NLS.bind(CircuitMessages.Template_unknown, name,
					String.join(", ", templates.all().stream().map(CircuitTemplate::id).toList()))); //$NON-NLS-1$
			return ExitCode.INPUT_PROBLEM;
		}
		if (Files.exists(file) && !args.flag(FLAG_FORCE)) {
			io.err().println(NLS.bind(CircuitMessages.Template_exists, file));
			return ExitCode.INPUT_PROBLEM;
		}
		if (Files.isDirectory(file)) {
			io.err().println(NLS.bind(CircuitMessages.Template_isFolder, file));
			return ExitCode.INPUT_PROBLEM;
		}
		try {
			XmiFiles.writeAtomically(file, template.get().content());
		} catch (IOException e) {
			io.err().println(NLS.bind(CircuitMessages.Template_cannotWrite, file, e.getMessage()));
			return ExitCode.INPUT_PROBLEM;
		}
		io.out().println(NLS.bind(CircuitMessages.Template_written, file, template.get().name()));
		return ExitCode.OK;
	}
}
