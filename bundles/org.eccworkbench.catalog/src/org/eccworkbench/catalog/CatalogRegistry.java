package org.eccworkbench.catalog;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eccworkbench.catalog.internal.Messages;
import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;

/**
 * The products of every catalog: those contributed to {@code org.eccworkbench.catalog.catalogs}
 * (read lazily, once) and, on request, the user's catalogs in a folder.
 * <p>
 * A product id belongs to the first catalog that declares it: the reference catalog, then the
 * other contributions by contributor name, then user files by name; a later product with the same id is refused and reported with both files,
 * never silently replacing the first. A broken contribution or file is reported with its
 * contributor or path and skipped. Immutable.
 */
public final class CatalogRegistry {

	public static final String EXTENSION_POINT = "org.eccworkbench.catalog.catalogs"; //$NON-NLS-1$
	static final String ELEMENT_CATALOG = "catalog"; //$NON-NLS-1$
	static final String ATTR_FILE = "file"; //$NON-NLS-1$
	/** The bundle of the reference catalog, read before every other contribution. */
	static final String REFERENCE_BUNDLE = "org.eccworkbench.catalog"; //$NON-NLS-1$

	private static volatile CatalogRegistry contributed;

	private final List<CatalogLoad> loads;
	private final Map<String, Product> byId;
	private final List<Diagnostic> problems;

	private CatalogRegistry(List<CatalogLoad> loads, Map<String, Product> byId, List<Diagnostic> problems) {
		this.loads = List.copyOf(loads);
		this.byId = byId;
		this.problems = List.copyOf(problems);
	}

	/** The catalogs contributed to the running platform, read on the first call; problems are logged. */
	public static CatalogRegistry contributed() {
		CatalogRegistry current = contributed;
		if (current == null) {
			synchronized (CatalogRegistry.class) {
				if (contributed == null) {
					contributed = of(readContributions());
					contributed.problems().forEach(problem -> ILog.of(CatalogRegistry.class)
							.log(new Status(IStatus.WARNING, "org.eccworkbench.catalog", problem.toString()))); //$NON-NLS-1$
				}
				current = contributed;
			}
		}
		return current;
	}

	/** The given loads merged in order, with conflicting ids reported. */
	public static CatalogRegistry of(Collection<CatalogLoad> loads) {
		Map<String, Product> byId = new LinkedHashMap<>();
		List<Diagnostic> problems = new ArrayList<>();
		for (CatalogLoad load : loads) {
			problems.addAll(load.diagnostics());
			for (Product product : load.products()) {
				Product taken = byId.putIfAbsent(product.id(), product);
				if (taken != null) {
					problems.add(new Diagnostic(product.file(), product.line(), NLS.bind(Messages.Registry_conflict,
							new Object[] { product.id(), taken.file(), Integer.toString(taken.line()) })));
				}
			}
		}
		return new CatalogRegistry(new ArrayList<>(loads), byId, problems);
	}

	/** The folder of the workspace whose {@code .ecccatalog} files are the user's own catalogs. */
	public static final String WORKSPACE_FOLDER = "catalogs"; //$NON-NLS-1$

	/**
	 * The contributed catalogs and then the user's catalogs: the {@code .ecccatalog} files in the
	 * {@value #WORKSPACE_FOLDER} folder of the workspace (the platform's instance location). Read
	 * anew on each call, so a file the user adds is seen. Without a workspace (the headless
	 * command line runs without one) this is {@link #contributed()}.
	 */
	public static CatalogRegistry withWorkspace() {
		Location workspace = Platform.getInstanceLocation();
		if (workspace == null || !workspace.isSet() || workspace.getURL() == null
				|| !"file".equals(workspace.getURL().getProtocol())) { //$NON-NLS-1$
			return contributed();
		}
		return contributed().withFolder(Path.of(workspace.getURL().getPath()).resolve(WORKSPACE_FOLDER));
	}

	/** This registry's catalogs and then the {@code .ecccatalog} files of {@code folder}. */
	public CatalogRegistry withFolder(Path folder) {
		List<CatalogLoad> all = new ArrayList<>(loads);
		all.addAll(CatalogReader.readFolder(folder));
		return of(all);
	}

	/**
	 * Reads every contribution, the reference catalog's first and then by contributor name, so
	 * that which file keeps a conflicting id does not depend on the order bundles were installed
	 * in. A broken contribution gives a load with its diagnostic.
	 */
	static List<CatalogLoad> readContributions() {
		List<IConfigurationElement> elements = new ArrayList<>(List.of(Platform.getExtensionRegistry()
				.getConfigurationElementsFor(EXTENSION_POINT)));
		elements.sort(Comparator.comparing((IConfigurationElement e) -> !REFERENCE_BUNDLE.equals(contributor(e)))
				.thenComparing(CatalogRegistry::contributor));
		List<CatalogLoad> loads = new ArrayList<>();
		for (IConfigurationElement element : elements) {
			loads.add(readContribution(element));
		}
		return loads;
	}

	/** The symbolic name of the bundle or fragment that contributes {@code element}. */
	private static String contributor(IConfigurationElement element) {
		Bundle bundle = ContributorFactoryOSGi.resolve(element.getContributor());
		return bundle == null ? element.getContributor().getName() : bundle.getSymbolicName();
	}

	private static CatalogLoad readContribution(IConfigurationElement element) {
		Bundle bundle = ContributorFactoryOSGi.resolve(element.getContributor());
		String contributor = contributor(element);
		String where = contributor + " (plugin.xml)"; //$NON-NLS-1$
		if (!ELEMENT_CATALOG.equals(element.getName())) {
			return failed(where, NLS.bind(Messages.Registry_unknownElement, element.getName(), contributor));
		}
		String file = element.getAttribute(ATTR_FILE);
		if (file == null || file.isBlank()) {
			return failed(where, NLS.bind(Messages.Registry_missingFile, contributor));
		}
		String name = contributor + "/" + file; //$NON-NLS-1$
		if (!file.endsWith(CatalogReader.EXTENSION) || file.contains("..")) { //$NON-NLS-1$
			return failed(name, NLS.bind(Messages.Registry_badFile, file, contributor));
		}
		URL url = bundle == null ? null : FileLocator.find(bundle, IPath.fromPortableString(file), null);
		if (url == null) {
			return failed(name, NLS.bind(Messages.Registry_fileNotFound, file, contributor));
		}
		return CatalogReader.read(url, name);
	}

	private static CatalogLoad failed(String where, String message) {
		return new CatalogLoad(where, List.of(), List.of(new Diagnostic(where, 0, message)));
	}

	/** Every product, in catalog order. */
	public List<Product> products() {
		return List.copyOf(byId.values());
	}

	/** The products of {@code category}, in catalog order. */
	public List<Product> products(Category category) {
		return byId.values().stream().filter(p -> p.category() == category).toList();
	}

	public Optional<Product> product(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	/** What each catalog file gave, in the order they were read. */
	public List<CatalogLoad> loads() {
		return loads;
	}

	/** Every problem: broken files and contributions, and refused products. */
	public List<Diagnostic> problems() {
		return problems;
	}
}
