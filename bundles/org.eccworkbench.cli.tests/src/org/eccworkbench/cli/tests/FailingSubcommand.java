package org.eccworkbench.cli.tests;

import java.util.List;

import org.eccworkbench.cli.CommandIO;
import org.eccworkbench.cli.Subcommand;

public final class FailingSubcommand implements Subcommand {

	@Override
	public int run(List<String> args, CommandIO io) {
		throw new IllegalStateException("the oxygenator catalogue is unreadable");
	}
}
