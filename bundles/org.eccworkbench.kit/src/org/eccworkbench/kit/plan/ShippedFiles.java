package org.eccworkbench.kit.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Folders shipped in org.eccworkbench.kit, as files on disk (extracted when the bundle is a jar). */
public final class ShippedFiles {

	private ShippedFiles() {
	}

	/** The bundle folder {@code name} ({@code examples}) on disk. */
	public static Path folder(String name) {
		Bundle bundle = FrameworkUtil.getBundle(ShippedFiles.class);
		if (bundle == null) {
			throw new IllegalStateException("org.eccworkbench.kit is not running in OSGi");
		}
		URL entry = bundle.getEntry(name + "/");
		if (entry == null) {
			throw new IllegalStateException(name + "/ is missing from org.eccworkbench.kit");
		}
		try {
			// toFileURL gives a file: URL whose path is not escaped, so it is not a valid URI.
			return Path.of(FileLocator.toFileURL(entry).getPath());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
