package org.eccworkbench.cli.internal.circuit;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.eccworkbench.analysis.BsaFormula;
import org.eccworkbench.analysis.OxygenContent;
import org.eccworkbench.analysis.circuit.CatalogCircuitFacts;
import org.eccworkbench.analysis.circuit.CircuitOptions;
import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.cli.Arguments;
import org.eccworkbench.cli.CommandIO;
import org.eccworkbench.cli.UsageException;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.CircuitElement;
import org.eccworkbench.model.circuit.ClinicalCase;
import org.eccworkbench.model.circuit.Patient;
import org.eccworkbench.model.circuit.Port;
import org.eccworkbench.model.resource.CircuitFiles;
import org.eccworkbench.model.resource.FileProblem;
import org.eccworkbench.model.resource.LoadResult;
import org.eclipse.emf.ecore.EObject;

/** What the circuit subcommands share: loading, the figure options, and how elements are named. */
final class CircuitCommands {

	static final String FLAG_JSON = "json"; //$NON-NLS-1$
	static final String OPTION_FORMULA = "formula"; //$NON-NLS-1$
	static final String OPTION_ACCEPTED_DP = "accepted-dp-mmhg"; //$NON-NLS-1$
	static final String OPTION_VENOUS_SUCTION = "venous-suction-mmhg"; //$NON-NLS-1$
	static final String OPTION_PAO2 = "pao2-mmhg"; //$NON-NLS-1$
	static final String OPTION_K = "k"; //$NON-NLS-1$
	/** The options that change the figures, shared by validate and report. */
	static final Set<String> FIGURE_OPTIONS = Set.of(OPTION_FORMULA, OPTION_ACCEPTED_DP, OPTION_VENOUS_SUCTION,
			OPTION_PAO2, OPTION_K);

	private CircuitCommands() {
	}

	/** Loads {@code file}; on failure prints the loader's file:line problems on {@code err}. */
	static Optional<Circuit> load(Path file, CommandIO io) {
		LoadResult loaded = CircuitFiles.load(file);
		for (FileProblem problem : loaded.problems()) {
			io.err().println(problem.file() + (problem.line() > 0 ? ":" + problem.line() : "") //$NON-NLS-1$ //$NON-NLS-2$
					+ (problem.column() > 0 ? ":" + problem.column() : "") + ": " + problem.message()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return loaded.circuit();
	}

	static CircuitOptions options(Arguments args) throws UsageException {
		BsaFormula formula;
		try {
			formula = args.option(OPTION_FORMULA).map(BsaFormula::fromId).orElse(BsaFormula.DEFAULT);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		double dp = args.number(OPTION_ACCEPTED_DP, CircuitOptions.DP_MMHG.min(), CircuitOptions.DP_MMHG.max(), "mmHg") //$NON-NLS-1$
				.orElse(CircuitOptions.DEFAULT_ACCEPTED_DP_MMHG);
		OptionalDouble suction = args.number(OPTION_VENOUS_SUCTION, CircuitOptions.DP_MMHG.min(),
				CircuitOptions.DP_MMHG.max(), "mmHg").map(OptionalDouble::of).orElse(OptionalDouble.empty()); //$NON-NLS-1$
		double pao2 = args.number(OPTION_PAO2, 1, OxygenContent.PAO2_MMHG.max(), "mmHg") //$NON-NLS-1$
				.orElse(CircuitOptions.DEFAULT_PAO2_MMHG);
		double k = args.number(OPTION_K, OxygenContent.K_ML_PER_G.min(), OxygenContent.K_ML_PER_G.max(), "mL/g") //$NON-NLS-1$
				.orElse(OxygenContent.DEFAULT_K);
		return new CircuitOptions(formula, dp, suction, pao2, k);
	}

	static CatalogCircuitFacts facts(Arguments args) throws UsageException {
		return new CatalogCircuitFacts(CatalogRegistry.contributed(), options(args));
	}

	/** The id a user finds in the file: the element's or port's id, "circuit", "patient" or "case". */
	static String elementId(EObject element) {
		if (element instanceof CircuitElement e) {
			return e.getId();
		}
		if (element instanceof Port port) {
			return port.getId();
		}
		if (element instanceof Patient) {
			return "patient"; //$NON-NLS-1$
		}
		if (element instanceof ClinicalCase) {
			return "case"; //$NON-NLS-1$
		}
		return element instanceof Circuit ? "circuit" : "-"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
