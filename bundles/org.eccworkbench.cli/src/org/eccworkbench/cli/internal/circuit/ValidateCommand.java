package org.eccworkbench.cli.internal.circuit;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eccworkbench.analysis.circuit.CatalogCircuitFacts;
import org.eccworkbench.cli.Arguments;
import org.eccworkbench.cli.CommandIO;
import org.eccworkbench.cli.ExitCode;
import org.eccworkbench.cli.Subcommand;
import org.eccworkbench.cli.UsageException;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.validation.CircuitRule;
import org.eccworkbench.model.validation.CircuitValidation;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;

/**
 * {@code eccw validate FILE...}: every diagnostic of the circuit rules, one line each with the
 * file, the element id, the severity and the message. Exits 1 when a file cannot be read (the
 * loader's file:line problems are printed) or has an error.
 */
public final class ValidateCommand implements Subcommand {

	@Override
	public int run(List<String> commandLine, CommandIO io) throws UsageException {
		Arguments args = Arguments.parse(commandLine, CircuitCommands.FIGURE_OPTIONS, Set.of());
		if (args.positional().isEmpty()) {
			throw new UsageException(CircuitMessages.Validate_noFile);
		}
		CatalogCircuitFacts facts = CircuitCommands.facts(args);
		boolean failed = false;
		for (String name : args.positional()) {
			Path file = Path.of(name);
			Optional<Circuit> circuit = CircuitCommands.load(file, io);
			if (circuit.isEmpty()) {
				failed = true;
				continue;
			}
			List<Diagnostic> findings = CircuitValidation.findings(CircuitValidation.validate(circuit.get(), facts));
			int errors = 0;
			int warnings = 0;
			Set<String> seen = new HashSet<>();
			for (Diagnostic finding : findings) {
				String line = NLS.bind(CircuitMessages.Validate_line, new Object[] { name,
						CircuitCommands.elementId(CircuitValidation.element(finding)), severity(finding.getSeverity()),
						finding.getMessage(), CircuitRule.of(finding).map(CircuitRule::id).orElse(finding.getSource()) });
				if (!seen.add(line)) {
					continue;
				}
				io.out().println(line);
				errors += finding.getSeverity() >= Diagnostic.ERROR ? 1 : 0;
				warnings += finding.getSeverity() == Diagnostic.WARNING ? 1 : 0;
			}
			io.out().println(NLS.bind(CircuitMessages.Validate_summary, new Object[] { name, Integer.toString(errors),
					Integer.toString(warnings), Integer.toString(seen.size() - errors - warnings) }));
			failed |= errors > 0;
		}
		return failed ? ExitCode.INPUT_PROBLEM : ExitCode.OK;
	}

	static String severity(int severity) {
		if (severity >= Diagnostic.ERROR) {
			return CircuitMessages.Severity_error;
		}
		return severity == Diagnostic.WARNING ? CircuitMessages.Severity_warning : CircuitMessages.Severity_info;
	}
}
