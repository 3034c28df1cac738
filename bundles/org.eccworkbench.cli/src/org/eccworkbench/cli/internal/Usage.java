package org.eccworkbench.cli.internal;

import java.io.PrintStream;
import java.util.List;

import org.eclipse.osgi.util.NLS;

/** The text of {@code eccw help}: one line per subcommand. */
final class Usage {

	private Usage() {
	}

	static void printOverview(SubcommandRegistry registry, PrintStream stream) {
		stream.println(Messages.Usage_header);
		stream.println();
		stream.println(Messages.Usage_noSubcommand);
		stream.println();
		stream.println(Messages.Usage_subcommands);
		printList(registry.all(), stream);
		stream.println();
		stream.println(Messages.Usage_more);
		stream.println(Messages.Usage_exitCodes);
	}

	static void printList(List<SubcommandDescriptor> descriptors, PrintStream stream) {
		int width = descriptors.stream().mapToInt(d -> d.name().length()).max().orElse(0);
		for (SubcommandDescriptor descriptor : descriptors) {
			stream.println(NLS.bind(Messages.Usage_line,
					String.format("%-" + width + "s", descriptor.name()), descriptor.summary()));
		}
	}
}
