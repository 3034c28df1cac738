package org.eccworkbench.cli.internal.console;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eccworkbench.cli.Arguments;
import org.eccworkbench.cli.CommandIO;
import org.eccworkbench.cli.ExitCode;
import org.eccworkbench.cli.Subcommand;
import org.eccworkbench.cli.UsageException;
import org.eccworkbench.console.record.RecordingExporter;
import org.eclipse.osgi.util.NLS;

/**
 * {@code eccw record export DIR [--out FILE.csv]}: a recorded session as one table, a row per
 * time and a column per channel, to the file or to standard output.
 */
public final class ExportCommand implements Subcommand {

	@Override
	public int run(List<String> args, CommandIO io) throws UsageException {
		Arguments a = Arguments.parse(args, Set.of("out"), Set.of());
		if (a.positional().size() != 1) {
			throw new UsageException(ConsoleMessages.Export_oneFolder);
		}
		Path folder = Path.of(a.positional().get(0));
		Optional<String> out = a.option("out");
		try {
			RecordingExporter.Result result;
			if (out.isPresent()) {
				try (Writer writer = Files.newBufferedWriter(Path.of(out.get()), StandardCharsets.UTF_8)) {
					result = RecordingExporter.export(folder, writer);
				}
			} else {
				Writer writer = new BufferedWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8));
				result = RecordingExporter.export(folder, writer);
			}
			io.err().println(NLS.bind(ConsoleMessages.Export_done, new Object[] { Integer.toString(result.rows()),
					Integer.toString(result.channels()), Integer.toString(result.skippedLines()) }));
			return ExitCode.OK;
		} catch (IOException e) {
			io.err().println(e.getMessage());
			return ExitCode.INPUT_PROBLEM;
		}
	}
}
