package org.eccworkbench.cli.internal.catalog;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.catalog.Category;
import org.eccworkbench.catalog.PatientRange;
import org.eccworkbench.catalog.Product;
import org.eccworkbench.cli.Arguments;
import org.eccworkbench.cli.CommandIO;
import org.eccworkbench.cli.ExitCode;
import org.eccworkbench.cli.Subcommand;
import org.eccworkbench.cli.UsageException;
import org.eclipse.osgi.util.NLS;

/**
 * {@code eccw catalog list [--category C] [--patient P] [--folder DIR] [--json]}: the products of
 * every catalog, one line each. Exits 1 when a catalog has problems; the products of the sound
 * catalogs are listed all the same.
 */
public final class CatalogListCommand implements Subcommand {

	private static final String OPTION_CATEGORY = "category"; //$NON-NLS-1$
	private static final String OPTION_PATIENT = "patient"; //$NON-NLS-1$

	@Override
	public int run(List<String> commandLine, CommandIO io) throws UsageException {
		Arguments args = Arguments.parse(commandLine,
				Set.of(OPTION_CATEGORY, OPTION_PATIENT, CatalogCommands.OPTION_FOLDER), Set.of(CatalogCommands.FLAG_JSON));
		if (!args.positional().isEmpty()) {
			throw new UsageException(NLS.bind(Messages.Catalog_noPositional, String.join(" ", args.positional()))); //$NON-NLS-1$
		}
		Optional<Category> category = category(args);
		Optional<PatientRange> patient = patient(args);
		CatalogRegistry registry = CatalogCommands.registry(args);
		List<Product> products = registry.products().stream()
				.filter(p -> category.isEmpty() || p.category() == category.get())
				.filter(p -> patient.isEmpty() || p.patients().contains(patient.get())).toList();
		if (args.flag(CatalogCommands.FLAG_JSON)) {
			io.out().print(CatalogJson.list(products, registry.problems()));
		} else if (products.isEmpty()) {
			io.out().println(Messages.List_none);
		} else {
			CatalogText.list(products, io.out());
		}
		CatalogCommands.printProblems("catalog list", registry.problems(), io.err()); //$NON-NLS-1$
		return registry.problems().isEmpty() ? ExitCode.OK : ExitCode.INPUT_PROBLEM;
	}

	private static Optional<Category> category(Arguments args) throws UsageException {
		Optional<String> id = args.option(OPTION_CATEGORY);
		if (id.isEmpty()) {
			return Optional.empty();
		}
		Optional<Category> category = Category.of(id.get());
		if (category.isEmpty()) {
			throw new UsageException(NLS.bind(Messages.List_badCategory, id.get(), Category.allIds()));
		}
		return category;
	}

	private static Optional<PatientRange> patient(Arguments args) throws UsageException {
		Optional<String> id = args.option(OPTION_PATIENT);
		if (id.isEmpty()) {
			return Optional.empty();
		}
		Optional<PatientRange> patient = PatientRange.of(id.get());
		if (patient.isEmpty()) {
			throw new UsageException(NLS.bind(Messages.List_badPatient, id.get(), PatientRange.allIds()));
		}
		return patient;
	}
}
