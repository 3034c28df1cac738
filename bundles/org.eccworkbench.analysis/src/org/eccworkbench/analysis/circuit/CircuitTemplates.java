package org.eccworkbench.analysis.circuit;

import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;

/**
 * The circuit templates contributed to {@value #EXTENSION_POINT}, read from the declarations
 * alone. A contribution with a missing attribute, a malformed or taken id, or a file its bundle
 * does not have is logged with its contributor and skipped; the first contribution of an id
 * keeps it.
 */
public final class CircuitTemplates {

	public static final String EXTENSION_POINT = "org.eccworkbench.analysis.templates"; //$NON-NLS-1$
	static final String ELEMENT_TEMPLATE = "template"; //$NON-NLS-1$
	static final String ATTR_ID = "id"; //$NON-NLS-1$
	static final String ATTR_NAME = "name"; //$NON-NLS-1$
	static final String ATTR_DESCRIPTION = "description"; //$NON-NLS-1$
	static final String ATTR_FILE = "file"; //$NON-NLS-1$
	private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*"); //$NON-NLS-1$

	private final Map<String, CircuitTemplate> byId;
	private final List<String> problems;

	private CircuitTemplates(Map<String, CircuitTemplate> byId, List<String> problems) {
		this.byId = byId;
		this.problems = List.copyOf(problems);
	}

	/** The templates of the running platform; problems are logged. */
	public static CircuitTemplates contributed() {
		Map<String, CircuitTemplate> byId = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
			String contributor = element.getContributor().getName();
			String problem = add(element, contributor, byId);
			if (problem != null) {
				problems.add(NLS.bind(Messages.Templates_badContribution, contributor, problem));
			}
		}
		problems.forEach(p -> ILog.of(CircuitTemplates.class).log(new Status(IStatus.WARNING, "org.eccworkbench.analysis", p))); //$NON-NLS-1$
		return new CircuitTemplates(byId, problems);
	}

	private static String add(IConfigurationElement element, String contributor, Map<String, CircuitTemplate> byId) {
		if (!ELEMENT_TEMPLATE.equals(element.getName())) {
			return "unknown element " + element.getName(); //$NON-NLS-1$
		}
		String id = element.getAttribute(ATTR_ID);
		String name = element.getAttribute(ATTR_NAME);
		String file = element.getAttribute(ATTR_FILE);
		String description = element.getAttribute(ATTR_DESCRIPTION);
		if (id == null || name == null || file == null) {
			return "id, name and file are required"; //$NON-NLS-1$
		}
		if (!ID.matcher(id).matches()) {
			return "malformed id " + id; //$NON-NLS-1$
		}
		if (byId.containsKey(id)) {
			return "id " + id + " already taken by " + byId.get(id).contributor(); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Bundle bundle = element.getContributor() instanceof RegistryContributor registryContributor
				? Platform.getBundle(registryContributor.getActualName()) : Platform.getBundle(contributor);
		URL url = bundle == null || file.contains("..") ? null : FileLocator.find(bundle, IPath.fromPortableString(file), null); //$NON-NLS-1$
		if (url == null) {
			return "no file " + file; //$NON-NLS-1$
		}
		byId.put(id, new CircuitTemplate(id, name, description == null ? "" : description, contributor, url)); //$NON-NLS-1$
		return null;
	}

	/** Every template, by id. */
	public List<CircuitTemplate> all() {
		return byId.values().stream().sorted(Comparator.comparing(CircuitTemplate::id)).toList();
	}

	public Optional<CircuitTemplate> template(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	/** The contributions that were skipped, and why. */
	public List<String> problems() {
		return problems;
	}
}
