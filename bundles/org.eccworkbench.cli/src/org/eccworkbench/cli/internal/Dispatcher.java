package org.eccworkbench.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import org.eccworkbench.cli.CommandIO;
import org.eccworkbench.cli.ExitCode;
import org.eccworkbench.cli.Subcommand;
import org.eccworkbench.cli.UsageException;
import org.eclipse.osgi.util.NLS;

/**
 * Runs the subcommand named by the leading words of a command line and turns every outcome into
 * an exit code: a usage error prints the usage on stderr (exit 2), an unexpected failure prints
 * one line naming it (exit 3), never a stack trace.
 */
public final class Dispatcher {

	private final SubcommandRegistry registry;

	public Dispatcher(SubcommandRegistry registry) {
		this.registry = registry;
	}

	public int dispatch(List<String> commandLine, CommandIO io) {
		List<String> args = commandLine.stream().map(Dispatcher::alias).toList();
		if (args.isEmpty()) {
			Usage.printOverview(registry, io.err());
			return ExitCode.USAGE;
		}
		Optional<SubcommandDescriptor> match = registry.longestMatch(args);
		if (match.isEmpty()) {
			return unknown(args, io.err());
		}
		SubcommandDescriptor descriptor = match.get();
		List<String> rest = args.subList(descriptor.words().size(), args.size());
		try {
			Subcommand subcommand = descriptor.factory().call();
			return subcommand.run(rest, io);
		} catch (UsageException e) {
			io.err().println(NLS.bind(Messages.Dispatcher_usageError, descriptor.name(), e.getMessage()));
			io.err().println(NLS.bind(Messages.Usage_synopsis, descriptor.usage()));
			return ExitCode.USAGE;
		} catch (Exception | LinkageError e) {
			io.err().println(NLS.bind(Messages.Dispatcher_failed, descriptor.name(), describe(e)));
			return ExitCode.INTERNAL_ERROR;
		}
	}

	private int unknown(List<String> args, PrintStream err) {
		// "eccw calc" alone, or "eccw calc nosuch": name the group's subcommands.
		List<SubcommandDescriptor> group = registry.startingWith(args.subList(0, 1));
		if (!group.isEmpty()) {
			err.println(NLS.bind(Messages.Dispatcher_incompleteGroup, String.join(" ", args)));
			Usage.printList(group, err);
		} else {
			err.println(NLS.bind(Messages.Dispatcher_unknown, args.get(0)));
			Usage.printOverview(registry, err);
		}
		return ExitCode.USAGE;
	}

	private static String alias(String arg) {
		return switch (arg) {
		case "--version", "-V" -> "version";
		case "--help", "-h" -> "help";
		default -> arg;
		};
	}

	private static String describe(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		return message == null || message.isBlank() ? cause.getClass().getSimpleName()
				: cause.getClass().getSimpleName() + ": " + message;
	}
}
