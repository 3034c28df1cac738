package org.eccworkbench.cli.internal.calc;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eccworkbench.analysis.Limit;
import org.eccworkbench.cli.Arguments;
import org.eccworkbench.cli.CommandIO;
import org.eccworkbench.cli.ExitCode;
import org.eccworkbench.cli.Subcommand;
import org.eccworkbench.cli.UsageException;
import org.eclipse.osgi.util.NLS;

/**
 * What every {@code eccw calc ...} subcommand shares: parsing its options, {@code --json}, and
 * turning an input the calculation refuses into a usage error (exit 2) whose message names the
 * option and the allowed range.
 */
abstract class CalcCommand implements Subcommand {

	static final String JSON = "json";

	private final Set<String> valueOptions;
	private final Set<String> flagOptions;

	CalcCommand(Set<String> valueOptions, Set<String> flagOptions) {
		this.valueOptions = Set.copyOf(valueOptions);
		Set<String> flags = new HashSet<>(flagOptions);
		flags.add(JSON);
		this.flagOptions = Set.copyOf(flags);
	}

	CalcCommand(Set<String> valueOptions) {
		this(valueOptions, Set.of());
	}

	@Override
	public final int run(List<String> args, CommandIO io) throws UsageException {
		Arguments arguments = Arguments.parse(args, valueOptions, flagOptions);
		if (!arguments.positional().isEmpty()) {
			throw new UsageException(NLS.bind(CalcMessages.Calc_unexpectedArgument, arguments.positional().get(0)));
		}
		CalcOutput output = new CalcOutput();
		try {
			compute(arguments, output);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		if (arguments.flag(JSON)) {
			io.out().println(output.json());
		} else {
			output.lines().forEach(io.out()::println);
		}
		return ExitCode.OK;
	}

	/** Computes from {@code args} and puts every result into {@code output}, as JSON and as text. */
	abstract void compute(Arguments args, CalcOutput output) throws UsageException;

	/** The number given as {@code --option}, required, within {@code limit}. */
	static double required(Arguments args, String option, Limit limit) throws UsageException {
		return args.requiredNumber(option, limit.min(), limit.max(), limit.unit());
	}

	/** The number given as {@code --option}, if any, within {@code limit}. */
	static Optional<Double> optional(Arguments args, String option, Limit limit) throws UsageException {
		return args.number(option, limit.min(), limit.max(), limit.unit());
	}

	/** The identifier given as {@code --option}, looked up by {@code fromId}, or {@code otherwise}. */
	static <T> T choice(Arguments args, String option, Function<String, T> fromId, String ids, T otherwise)
			throws UsageException {
		Optional<String> id = args.option(option);
		if (id.isEmpty()) {
			if (otherwise == null) {
				throw new UsageException(NLS.bind(CalcMessages.Calc_missingChoice, option, ids));
			}
			return otherwise;
		}
		try {
			return fromId.apply(id.get());
		} catch (IllegalArgumentException e) {
			throw new UsageException(NLS.bind(CalcMessages.Calc_oneOf, new Object[] { option, ids, id.get() }));
		}
	}

	/** Fails unless exactly one of the two options is given; returns whether it is the first. */
	static boolean exactlyOne(Arguments args, String first, String second) throws UsageException {
		boolean hasFirst = args.option(first).isPresent();
		if (hasFirst == args.option(second).isPresent()) {
			throw new UsageException(NLS.bind(CalcMessages.Calc_exactlyOne, first, second));
		}
		return hasFirst;
	}
}
