package org.eccworkbench.ui.kit.internal;

import java.net.URL;
import java.util.Enumeration;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;

/**
 * NatTable paints with Eclipse Collections, whose factories ({@code Sets.mutable}, ...) are found
 * once, when their holder class is initialized, through {@code ServiceLoader} on the thread's
 * context class loader. Under OSGi that loader does not see the implementation bundle's
 * {@code META-INF/services}, and every factory would then throw. This initializes the holders with
 * the implementation bundle's class loader as the context loader, before the first NatTable.
 */
final class CollectionsFactories {

	private static final String API = "org.eclipse.collections.api";
	private static final String IMPL = "org.eclipse.collections.impl";
	private static boolean done;

	private CollectionsFactories() {
	}

	static synchronized void initialize() {
		if (done) {
			return;
		}
		done = true;
		Bundle api = Platform.getBundle(API);
		Bundle impl = Platform.getBundle(IMPL);
		if (api == null || impl == null || impl.adapt(BundleWiring.class) == null || api.adapt(BundleWiring.class) == null) {
			return;
		}
		ClassLoader apiLoader = api.adapt(BundleWiring.class).getClassLoader();
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(impl.adapt(BundleWiring.class).getClassLoader());
		try {
			Enumeration<URL> classes = api.findEntries("org/eclipse/collections/api/factory", "*.class", true);
			while (classes != null && classes.hasMoreElements()) {
				String path = classes.nextElement().getPath();
				if (path.contains("$")) {
					continue;
				}
				String name = path.substring(path.indexOf("org/"), path.length() - ".class".length()).replace('/', '.');
				Class.forName(name, true, apiLoader);
			}
		} catch (ClassNotFoundException | LinkageError e) {
			ILog.of(CollectionsFactories.class).log(Status.warning(e.toString(), e));
		} finally {
			thread.setContextClassLoader(previous);
		}
	}
}
