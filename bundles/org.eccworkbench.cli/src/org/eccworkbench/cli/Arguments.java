package org.eccworkbench.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eccworkbench.cli.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The arguments of one subcommand: options {@code --name value}, flags {@code --name} and
 * positional arguments. A subcommand declares which options take a value and which are flags;
 * anything else is a usage error that names the offending argument.
 */
public final class Arguments {

	private final Map<String, String> options = new LinkedHashMap<>();
	private final Set<String> flags = new LinkedHashSet<>();
	private final List<String> positional = new ArrayList<>();

	private Arguments() {
	}

	/**
	 * Parses {@code args}.
	 *
	 * @param valueOptions the options that take a value, without the leading {@code --}
	 * @param flagOptions  the options that stand alone, without the leading {@code --}
	 */
	public static Arguments parse(List<String> args, Set<String> valueOptions, Set<String> flagOptions)
			throws UsageException {
		Arguments parsed = new Arguments();
		boolean onlyPositional = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (onlyPositional || !arg.startsWith("--") || arg.length() == 2) {
				if ("--".equals(arg) && !onlyPositional) {
					onlyPositional = true;
				} else {
					parsed.positional.add(arg);
				}
				continue;
			}
			String name = arg.substring(2);
			String inlineValue = null;
			int equals = name.indexOf('=');
			if (equals >= 0) {
				inlineValue = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			if (flagOptions.contains(name) && inlineValue == null) {
				parsed.flags.add(name);
			} else if (valueOptions.contains(name)) {
				String value = inlineValue;
				if (value == null) {
					if (i + 1 >= args.size()) {
						throw new UsageException(NLS.bind(Messages.Arguments_missingValue, name));
					}
					value = args.get(++i);
				}
				if (parsed.options.put(name, value) != null) {
					throw new UsageException(NLS.bind(Messages.Arguments_repeated, name));
				}
			} else {
				throw new UsageException(NLS.bind(Messages.Arguments_unknownOption, arg));
			}
		}
		return parsed;
	}

	/** Whether the flag {@code --name} was given. */
	public boolean flag(String name) {
		return flags.contains(name);
	}

	/** The value of {@code --name}, if given. */
	public Optional<String> option(String name) {
		return Optional.ofNullable(options.get(name));
	}

	/** The value of {@code --name}, which the user must give. */
	public String requiredOption(String name) throws UsageException {
		String value = options.get(name);
		if (value == null) {
			throw new UsageException(NLS.bind(Messages.Arguments_missingOption, name));
		}
		return value;
	}

	/**
	 * The number given as {@code --name}, which must lie in {@code [min, max]}; {@code unit} is
	 * named in the message when it does not.
	 */
	public Optional<Double> number(String name, double min, double max, String unit) throws UsageException {
		String text = options.get(name);
		if (text == null) {
			return Optional.empty();
		}
		double value;
		try {
			value = Double.parseDouble(text.trim());
		} catch (NumberFormatException e) {
			throw new UsageException(NLS.bind(Messages.Arguments_notANumber, name, text));
		}
		if (!Double.isFinite(value) || value < min || value > max) {
			throw new UsageException(NLS.bind(Messages.Arguments_outOfRange,
					new Object[] { name, format(min), format(max), unit, text }));
		}
		return Optional.of(value);
	}

	/** Like {@link #number}, for an option the user must give. */
	public double requiredNumber(String name, double min, double max, String unit) throws UsageException {
		requiredOption(name);
		return number(name, min, max, unit).orElseThrow();
	}

	/** The positional arguments, in order. */
	public List<String> positional() {
		return List.copyOf(positional);
	}

	private static String format(double bound) {
		return bound == Math.rint(bound) ? Long.toString((long) bound) : Double.toString(bound);
	}
}
