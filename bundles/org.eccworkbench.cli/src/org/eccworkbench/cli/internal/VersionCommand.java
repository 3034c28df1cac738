package org.eccworkbench.cli.internal;

import java.util.List;

import org.eccworkbench.cli.CommandIO;
import org.eccworkbench.cli.ExitCode;
import org.eccworkbench.cli.Subcommand;
import org.eccworkbench.cli.UsageException;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * {@code eccw --version}: the release and build of ECC Workbench (all its bundles move in
 * lockstep versions), and the Java runtime it runs on.
 */
public final class VersionCommand implements Subcommand {

	@Override
	public int run(List<String> args, CommandIO io) throws UsageException {
		if (!args.isEmpty()) {
			throw new UsageException(NLS.bind(Messages.Version_noArguments, String.join(" ", args)));
		}
		io.out().println(versionLine());
		io.out().println(NLS.bind(Messages.Version_runtime, new Object[] { System.getProperty("java.version"),
				System.getProperty("java.vendor"), System.getProperty("os.name"), System.getProperty("os.arch") }));
		return ExitCode.OK;
	}

	/** For example {@code ECC Workbench 0.1.0 (build v20261201-0830)}. */
	public static String versionLine() {
		Version version = FrameworkUtil.getBundle(VersionCommand.class).getVersion();
		String release = version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
		return version.getQualifier().isEmpty() ? NLS.bind(Messages.Version_line, release)
				: NLS.bind(Messages.Version_lineWithBuild, release, version.getQualifier());
	}
}
