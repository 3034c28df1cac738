package org.eccworkbench.cli.tests;

import java.util.List;

import org.eccworkbench.cli.CommandIO;
import org.eccworkbench.cli.ExitCode;
import org.eccworkbench.cli.Subcommand;

public final class EchoSubcommand implements Subcommand {

	@Override
	public int run(List<String> args, CommandIO io) {
		io.out().println(String.join(" ", args));
		return ExitCode.OK;
	}
}
