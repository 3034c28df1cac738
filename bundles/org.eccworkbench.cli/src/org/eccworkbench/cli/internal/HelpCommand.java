package org.eccworkbench.cli.internal;

import java.util.List;
import java.util.Optional;

import org.eccworkbench.cli.CommandIO;
import org.eccworkbench.cli.ExitCode;
import org.eccworkbench.cli.Subcommand;
import org.eclipse.osgi.util.NLS;

/** {@code eccw help [SUBCOMMAND]}: the list of subcommands, or the usage of one. */
public final class HelpCommand implements Subcommand {

	@Override
	public int run(List<String> args, CommandIO io) {
		SubcommandRegistry registry = EccwApplication.registry();
		if (args.isEmpty()) {
			Usage.printOverview(registry, io.out());
			return ExitCode.OK;
		}
		Optional<SubcommandDescriptor> match = registry.longestMatch(args);
		if (match.isPresent() && match.get().words().size() == args.size()) {
			io.out().println(NLS.bind(Messages.Usage_synopsis, match.get().usage()));
			io.out().println();
			io.out().println(match.get().summary());
			return ExitCode.OK;
		}
		List<SubcommandDescriptor> group = registry.startingWith(args);
		if (!group.isEmpty()) {
			Usage.printList(group, io.out());
			return ExitCode.OK;
		}
		io.err().println(NLS.bind(Messages.Dispatcher_unknown, String.join(" ", args)));
		Usage.printOverview(registry, io.err());
		return ExitCode.USAGE;
	}
}
