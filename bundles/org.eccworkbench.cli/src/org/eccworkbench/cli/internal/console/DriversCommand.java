package org.eccworkbench.cli.internal.console;

import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import org.eccworkbench.cli.Arguments;
import org.eccworkbench.cli.CommandIO;
import org.eccworkbench.cli.ExitCode;
import org.eccworkbench.cli.JsonObject;
import org.eccworkbench.cli.Subcommand;
import org.eccworkbench.cli.UsageException;
import org.eccworkbench.console.registry.DriverDescriptor;
import org.eccworkbench.console.registry.DriverRegistry;
import org.eccworkbench.console.transport.TransportKind;
import org.eclipse.osgi.util.NLS;

/**
 * {@code eccw console drivers [--json]}: the contributed console drivers, from their declarations
 * alone (no driver is loaded). With {@code --json}, a JSON array of one object per driver.
 */
public final class DriversCommand implements Subcommand {

	@Override
	public int run(List<String> args, CommandIO io) throws UsageException {
		Arguments arguments = Arguments.parse(args, Set.of(), Set.of("json"));
		if (!arguments.positional().isEmpty()) {
			throw new UsageException(NLS.bind(ConsoleMessages.Console_unexpectedArgument, arguments.positional().get(0)));
		}
		DriverRegistry registry = DriverRegistry.fromExtensions();
		List<DriverDescriptor> offered = registry.offered();
		if (arguments.flag("json")) {
			StringJoiner array = new StringJoiner(",\n  ", "[\n  ", "\n]");
			array.setEmptyValue("[]");
			for (DriverDescriptor d : registry.all()) {
				array.add(new JsonObject().put("id", d.id()).put("name", d.name()).put("vendor", d.vendor())
						.put("models", String.join(", ", d.models())).put("transports", transports(d))
						.put("replaces", d.replaces().orElse(null)).put("declarative", d.declarative())
						.put("offered", offered.contains(d)).put("contributor", d.contributor()).toString());
			}
			io.out().println(array);
		} else {
			if (registry.all().isEmpty()) {
				io.out().println(ConsoleMessages.Drivers_none);
			}
			for (DriverDescriptor d : registry.all()) {
				io.out().println(NLS.bind(ConsoleMessages.Drivers_line, new Object[] { d.id(), d.name(), d.vendor(),
						String.join(", ", d.models()), transports(d) }));
				d.replaces().ifPresent(r -> io.out().println(NLS.bind(ConsoleMessages.Drivers_replaces, r)));
				if (!offered.contains(d)) {
					io.out().println(ConsoleMessages.Drivers_replaced);
				}
			}
		}
		registry.problems().forEach(io.err()::println);
		return ExitCode.OK;
	}

	private static String transports(DriverDescriptor d) {
		return d.transports().stream().map(TransportKind::id).sorted().collect(Collectors.joining(", "));
	}
}
