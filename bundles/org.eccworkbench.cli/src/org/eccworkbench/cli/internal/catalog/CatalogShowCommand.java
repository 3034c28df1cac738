package org.eccworkbench.cli.internal.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.catalog.Product;
import org.eccworkbench.cli.Arguments;
import org.eccworkbench.cli.CommandIO;
import org.eccworkbench.cli.ExitCode;
import org.eccworkbench.cli.Subcommand;
import org.eccworkbench.cli.UsageException;
import org.eclipse.osgi.util.NLS;

/**
 * {@code eccw catalog show ID [--folder DIR] [--json]}: one product with every figure, its unit
 * and source, and the figures no public source gives. An unknown id exits 1 and names the ids
 * that contain it.
 */
public final class CatalogShowCommand implements Subcommand {

	private static final int MAX_SUGGESTIONS = 8;

	@Override
	public int run(List<String> commandLine, CommandIO io) throws UsageException {
		Arguments args = Arguments.parse(commandLine, Set.of(CatalogCommands.OPTION_FOLDER),
				Set.of(CatalogCommands.FLAG_JSON));
		if (args.positional().size() != 1) {
			throw new UsageException(args.positional().isEmpty() ? Messages.Show_missingId
					: NLS.bind(Messages.Show_oneId, String.join(" ", args.positional()))); //$NON-NLS-1$
		}
		String id = args.positional().get(0);
		CatalogRegistry registry = CatalogCommands.registry(args);
		Optional<Product> product = registry.product(id);
		if (product.isEmpty()) {
			io.err().println(NLS.bind(Messages.Show_noSuchProduct, id));
			String needle = id.toLowerCase(Locale.ROOT);
			List<String> similar = registry.products().stream().map(Product::id).filter(p -> p.contains(needle))
					.limit(MAX_SUGGESTIONS).toList();
			if (!similar.isEmpty()) {
				io.err().println(NLS.bind(Messages.Show_similar, String.join(", ", similar))); //$NON-NLS-1$
			}
			io.err().println(Messages.Show_listHint);
			CatalogCommands.printProblems("catalog show", registry.problems(), io.err()); //$NON-NLS-1$
			return ExitCode.INPUT_PROBLEM;
		}
		if (args.flag(CatalogCommands.FLAG_JSON)) {
			io.out().print(CatalogJson.show(product.get(), registry.problems()));
		} else {
			CatalogText.show(product.get(), io.out());
		}
		CatalogCommands.printProblems("catalog show", registry.problems(), io.err()); //$NON-NLS-1$
		return registry.problems().isEmpty() ? ExitCode.OK : ExitCode.INPUT_PROBLEM;
	}
}
