package org.eccworkbench.cli.internal.catalog;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.catalog.Diagnostic;
import org.eccworkbench.cli.Arguments;
import org.eccworkbench.cli.UsageException;
import org.eclipse.osgi.util.NLS;

/** What the catalog subcommands share: the catalogs to read and how their problems are shown. */
final class CatalogCommands {

	static final String OPTION_FOLDER = "folder"; //$NON-NLS-1$
	static final String FLAG_JSON = "json"; //$NON-NLS-1$

	private CatalogCommands() {
	}

	/** The contributed catalogs, and the user's folder when {@code --folder} names one. */
	static CatalogRegistry registry(Arguments args) throws UsageException {
		Optional<String> folder = args.option(OPTION_FOLDER);
		if (folder.isEmpty()) {
			return CatalogRegistry.contributed();
		}
		if (folder.get().isBlank()) {
			throw new UsageException(Messages.Catalog_emptyFolder);
		}
		return CatalogRegistry.contributed().withFolder(Path.of(folder.get()));
	}

	/** Prints every problem on {@code err}, one line each, naming file and line. */
	static void printProblems(String subcommand, List<Diagnostic> problems, PrintStream err) {
		for (Diagnostic problem : problems) {
			err.println(NLS.bind(Messages.Catalog_problem, subcommand, problem));
		}
	}
}
