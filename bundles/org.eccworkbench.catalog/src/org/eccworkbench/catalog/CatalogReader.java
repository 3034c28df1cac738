package org.eccworkbench.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eccworkbench.catalog.internal.CatalogParser;
import org.eccworkbench.catalog.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Reads {@code .ecccatalog} files (format: docs/catalog.md). Never throws for a bad file: every
 * problem, an unreadable file included, is a {@link Diagnostic} of the returned
 * {@link CatalogLoad}, and a file with a problem loads no product.
 */
public final class CatalogReader {

	/** The extension of catalog files. */
	public static final String EXTENSION = ".ecccatalog"; //$NON-NLS-1$
	/** Larger files are refused unread. */
	public static final long MAX_BYTES = 16L * 1024 * 1024;

	private CatalogReader() {
	}

	/** Reads a file of the file system; diagnostics name it by its path. */
	public static CatalogLoad read(Path file) {
		String name = file.toString();
		try {
			if (Files.size(file) > MAX_BYTES) {
				return failed(name, NLS.bind(Messages.Reader_tooLarge, Long.toString(MAX_BYTES / (1024 * 1024))));
			}
			try (InputStream in = Files.newInputStream(file)) {
				return read(in, name);
			}
		} catch (IOException e) {
			return failed(name, NLS.bind(Messages.Reader_unreadable, describe(e)));
		}
	}

	/** Reads a resource, for example a file in a contributing bundle; {@code name} names it in diagnostics. */
	public static CatalogLoad read(URL url, String name) {
		try (InputStream in = url.openStream()) {
			return read(in, name);
		} catch (IOException e) {
			return failed(name, NLS.bind(Messages.Reader_unreadable, describe(e)));
		}
	}

	/** Reads {@code in} to its end; the caller closes it. */
	public static CatalogLoad read(InputStream in, String name) {
		return new CatalogParser(name).parse(in);
	}

	/**
	 * Reads every {@code .ecccatalog} file directly in {@code folder}, sorted by name. A folder that
	 * cannot be listed gives one load with its diagnostic.
	 */
	public static List<CatalogLoad> readFolder(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of(failed(folder.toString(), Messages.Reader_notAFolder));
		}
		List<Path> files;
		try (Stream<Path> entries = Files.list(folder)) {
			files = entries.filter(p -> p.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(p))
					.sorted().toList();
		} catch (IOException e) {
			return List.of(failed(folder.toString(), NLS.bind(Messages.Reader_unreadable, describe(e))));
		}
		List<CatalogLoad> loads = new ArrayList<>();
		files.forEach(f -> loads.add(read(f)));
		return loads;
	}

	private static CatalogLoad failed(String name, String message) {
		return new CatalogLoad(name, List.of(), List.of(new Diagnostic(name, 0, message)));
	}

	private static String describe(IOException e) {
		return e.getMessage() == null ? e.getClass().getSimpleName()
				: e.getClass().getSimpleName() + ": " + e.getMessage(); //$NON-NLS-1$
	}
}
