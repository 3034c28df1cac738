package org.eccworkbench.cli.internal;

import java.util.Arrays;
import java.util.List;

import org.eccworkbench.cli.CommandIO;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless application {@code org.eccworkbench.cli.app} behind {@code ./eccw <subcommand>}. */
public final class EccwApplication implements IApplication {

	private static volatile SubcommandRegistry registry;

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		List<String> commandLine = args == null ? List.of() : Arrays.asList(args);
		CommandIO io = CommandIO.system();
		int exitCode = new Dispatcher(registry()).dispatch(commandLine, io);
		io.out().flush();
		io.err().flush();
		return Integer.valueOf(exitCode);
	}

	@Override
	public void stop() {
		// Subcommands run to completion on the application thread; nothing to interrupt.
	}

	/** The subcommands of the running platform, read once. */
	static SubcommandRegistry registry() {
		SubcommandRegistry current = registry;
		if (current == null) {
			synchronized (EccwApplication.class) {
				if (registry == null) {
					registry = SubcommandRegistry.fromExtensions();
				}
				current = registry;
			}
		}
		return current;
	}
}
