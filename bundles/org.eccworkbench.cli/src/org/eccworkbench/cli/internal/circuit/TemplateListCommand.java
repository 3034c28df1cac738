package org.eccworkbench.cli.internal.circuit;

import java.util.List;
import java.util.Set;

import org.eccworkbench.analysis.circuit.CircuitTemplate;
import org.eccworkbench.analysis.circuit.CircuitTemplates;
import org.eccworkbench.cli.Arguments;
import org.eccworkbench.cli.CommandIO;
import org.eccworkbench.cli.ExitCode;
import org.eccworkbench.cli.JsonWriter;
import org.eccworkbench.cli.Subcommand;
import org.eccworkbench.cli.UsageException;
import org.eclipse.osgi.util.NLS;

/** {@code eccw template list [--json]}: the templates contributed to {@code org.eccworkbench.analysis.templates}. */
public final class TemplateListCommand implements Subcommand {

	@Override
	public int run(List<String> commandLine, CommandIO io) throws UsageException {
		Arguments args = Arguments.parse(commandLine, Set.of(), Set.of(CircuitCommands.FLAG_JSON));
		if (!args.positional().isEmpty()) {
			throw new UsageException(NLS.bind(CircuitMessages.Template_noPositional, String.join(" ", args.positional()))); //$NON-NLS-1$
		}
		CircuitTemplates templates = CircuitTemplates.contributed();
		if (args.flag(CircuitCommands.FLAG_JSON)) {
			JsonWriter json = new JsonWriter().beginObject().name("templates").beginArray(); //$NON-NLS-1$
			for (CircuitTemplate template : templates.all()) {
				json.beginObject().member("id", template.id()).member("name", template.name()) //$NON-NLS-1$ //$NON-NLS-2$
						.member("description", template.description()).member("contributor", template.contributor()) //$NON-NLS-1$ //$NON-NLS-2$
						.endObject();
			}
			io.out().print(json.endArray().endObject());
		} else {
			int width = templates.all().stream().mapToInt(t -> t.id().length()).max().orElse(0);
			for (CircuitTemplate template : templates.all()) {
				io.out().println(template.id() + " ".repeat(width - template.id().length() + 2) + template.name() //$NON-NLS-1$
						+ (template.description().isEmpty() ? "" : ": " + template.description())); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		templates.problems().forEach(problem -> io.err().println("eccw template list: " + problem)); //$NON-NLS-1$
		return templates.problems().isEmpty() ? ExitCode.OK : ExitCode.INPUT_PROBLEM;
	}
}
