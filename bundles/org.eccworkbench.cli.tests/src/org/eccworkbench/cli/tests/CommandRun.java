package org.eccworkbench.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eccworkbench.cli.CommandIO;
import org.eccworkbench.cli.internal.Dispatcher;
import org.eccworkbench.cli.internal.SubcommandRegistry;

/** One command line run through the real dispatcher and extension registry, with its output. */
record CommandRun(int exitCode, String out, String err) {

	static CommandRun of(String... commandLine) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			int code = new Dispatcher(SubcommandRegistry.fromExtensions()).dispatch(List.of(commandLine),
					new CommandIO(outStream, errStream));
			return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		}
	}
}
