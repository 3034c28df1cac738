package org.eccworkbench.console.simulated;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eccworkbench.analysis.circuit.CircuitTemplate;
import org.eccworkbench.analysis.circuit.CircuitTemplates;
import org.eccworkbench.console.simulated.server.ServeMain;
import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * What running the virtual console outside OSGi needs, found in the running platform: the shipped
 * adult template's file, and a class path for {@link ServeMain} (the console's bundle and every
 * bundle it requires, the engine and EMF among them). For {@code eccw console serve} and for tests
 * that run the console as a process of its own.
 */
public final class PlainConsole {

	/** The template the virtual console simulates unless told otherwise. */
	public static final String DEFAULT_TEMPLATE = "adult";

	private PlainConsole() {
	}

	/** The file of the contributed adult template. */
	public static Path defaultCircuit() throws IOException {
		Optional<CircuitTemplate> template = CircuitTemplates.contributed().template(DEFAULT_TEMPLATE);
		if (template.isEmpty()) {
			throw new IOException("no template " + DEFAULT_TEMPLATE + " is contributed"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		// toFileURL gives a file: URL whose path is not escaped, so it is not a valid URI.
		return Path.of(FileLocator.toFileURL(template.get().file()).getPath());
	}

	/**
	 * A class path on which {@link ServeMain} runs: the jars of the required bundles as they are,
	 * and the classes of bundles that are folders (a workspace or test run) copied under {@code work}.
	 */
	public static String classPath(Path work) throws IOException {
		List<String> entries = new ArrayList<>();
		for (Bundle bundle : closure(FrameworkUtil.getBundle(ServeMain.class))) {
			Optional<File> location = FileLocator.getBundleFileLocation(bundle);
			if (location.isPresent() && location.get().isFile()) {
				entries.add(location.get().getAbsolutePath());
			} else if (bundle.getBundleId() != 0) {
				Path classes = work.resolve(bundle.getSymbolicName());
				copyLocal(bundle.adapt(BundleWiring.class), classes);
				entries.add(classes.toString());
			}
		}
		return String.join(File.pathSeparator, entries);
	}

	private static Set<Bundle> closure(Bundle start) {
		Set<Bundle> bundles = new LinkedHashSet<>();
		Deque<Bundle> pending = new ArrayDeque<>(List.of(start));
		while (!pending.isEmpty()) {
			Bundle bundle = pending.poll();
			BundleWiring wiring = bundle.adapt(BundleWiring.class);
			if (wiring == null || !bundles.add(bundle) || bundle.getBundleId() == 0) {
				continue;
			}
			for (BundleWire wire : wiring.getRequiredWires(null)) {
				pending.add(wire.getProviderWiring().getBundle());
			}
		}
		return bundles;
	}

	private static void copyLocal(BundleWiring wiring, Path target) throws IOException {
		ClassLoader loader = wiring.getClassLoader();
		for (String resource : wiring.listResources("/", "*", BundleWiring.LISTRESOURCES_LOCAL | BundleWiring.LISTRESOURCES_RECURSE)) {
			if (resource.endsWith("/")) { //$NON-NLS-1$
				continue;
			}
			Path file = target.resolve(resource);
			if (Files.exists(file)) {
				continue;
			}
			try (InputStream in = loader.getResourceAsStream(resource)) {
				if (in != null) {
					Files.createDirectories(file.getParent());
					Files.copy(in, file);
				}
			}
		}
	}
}
