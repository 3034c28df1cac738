package org.eccworkbench.cli.internal.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eccworkbench.catalog.CatalogLoad;
import org.eccworkbench.catalog.CatalogReader;
import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.catalog.Diagnostic;
import org.eccworkbench.cli.CommandIO;
import org.eccworkbench.cli.ExitCode;
import org.eccworkbench.cli.Subcommand;
import org.eccworkbench.cli.UsageException;
import org.eclipse.osgi.util.NLS;

/**
 * {@code eccw catalog check FILE...}: reads catalog files (or every catalog in a folder) as the
 * workbench would, next to the installed catalogs, and prints every problem with its file and
 * line. Exits 1 when there is one. For vendors and users writing catalogs.
 */
public final class CatalogCheckCommand implements Subcommand {

	@Override
	public int run(List<String> args, CommandIO io) throws UsageException {
		if (args.isEmpty()) {
			throw new UsageException(Messages.Check_missingFile);
		}
		List<CatalogLoad> loads = new ArrayList<>();
		for (String arg : args) {
			if (arg.startsWith("--")) { //$NON-NLS-1$
				throw new UsageException(NLS.bind(Messages.Check_unknownOption, arg));
			}
			Path path = Path.of(arg);
			List<CatalogLoad> read = Files.isDirectory(path) ? CatalogReader.readFolder(path)
					: List.of(CatalogReader.read(path));
			if (read.isEmpty()) {
				io.err().println(NLS.bind(Messages.Check_emptyFolder, arg));
				return ExitCode.INPUT_PROBLEM;
			}
			loads.addAll(read);
		}
		List<CatalogLoad> all = new ArrayList<>(CatalogRegistry.contributed().loads());
		all.addAll(loads);
		CatalogRegistry registry = CatalogRegistry.of(all);
		List<Diagnostic> problems = registry.problems().stream()
				.filter(p -> loads.stream().anyMatch(l -> l.file().equals(p.file()))).toList();
		for (CatalogLoad load : loads) {
			long count = problems.stream().filter(p -> p.file().equals(load.file())).count();
			io.out().println(count == 0
					? NLS.bind(Messages.Check_ok, load.file(), Integer.toString(load.products().size()))
					: NLS.bind(Messages.Check_problems, load.file(), Long.toString(count)));
		}
		CatalogCommands.printProblems("catalog check", problems, io.err()); //$NON-NLS-1$
		return problems.isEmpty() ? ExitCode.OK : ExitCode.INPUT_PROBLEM;
	}
}
