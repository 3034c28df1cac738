package org.eccworkbench.console.registry;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eccworkbench.console.ConsoleDriver;
import org.eccworkbench.console.declarative.DeclarativeDriver;
import org.eccworkbench.console.declarative.FrameFormat;
import org.eccworkbench.console.declarative.FrameFormatException;
import org.eccworkbench.console.internal.Messages;
import org.eccworkbench.console.transport.TransportKind;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;

/**
 * The drivers contributed to {@code org.eccworkbench.console.drivers}, read from their
 * declarations alone. A contribution with a missing or malformed attribute, an unknown transport
 * or an identifier already taken is logged with its contributor and skipped; the first
 * contribution of an identifier keeps it. No driver code is loaded here.
 */
public final class DriverRegistry {

	/** The extension point. */
	public static final String EXTENSION_POINT = "org.eccworkbench.console.drivers";
	static final String ELEMENT_DRIVER = "driver";
	static final String ELEMENT_DECLARATIVE = "declarativeDriver";
	static final String ELEMENT_MODEL = "model";
	static final String ELEMENT_TRANSPORT = "transport";
	static final String ATTR_ID = "id";
	static final String ATTR_NAME = "name";
	static final String ATTR_VENDOR = "vendor";
	static final String ATTR_CLASS = "class";
	static final String ATTR_DESCRIPTION = "description";
	static final String ATTR_REPLACES = "replaces";
	static final String ATTR_ICON = "icon";
	static final String ATTR_KIND = "kind";

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_\\-]+(\\.[A-Za-z0-9_\\-]+)*");

	private final Map<String, DriverDescriptor> byId;
	private final List<String> problems;

	private DriverRegistry(Map<String, DriverDescriptor> byId, List<String> problems) {
		this.byId = byId;
		this.problems = List.copyOf(problems);
	}

	/** Reads the extension registry of the running platform and logs the skipped contributions. */
	public static DriverRegistry fromExtensions() {
		List<DriverDescriptor> descriptors = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
			read(element, problems).ifPresent(descriptors::add);
		}
		DriverRegistry registry = of(descriptors, problems);
		registry.problems().forEach(p -> ILog.of(DriverRegistry.class).log(Status.warning(p)));
		return registry;
	}

	/** A registry of the given descriptors, checked as contributions are. */
	public static DriverRegistry of(Collection<DriverDescriptor> descriptors, List<String> earlierProblems) {
		Map<String, DriverDescriptor> byId = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>(earlierProblems);
		for (DriverDescriptor descriptor : descriptors) {
			DriverDescriptor taken = byId.putIfAbsent(descriptor.id(), descriptor);
			if (taken != null) {
				problems.add(NLS.bind(Messages.Registry_duplicate,
						new Object[] { descriptor.id(), descriptor.contributor(), taken.contributor() }));
			}
		}
		return new DriverRegistry(byId, problems);
	}

	private static Optional<DriverDescriptor> read(IConfigurationElement element, List<String> problems) {
		String contributor = element.getContributor().getName();
		boolean declarative = ELEMENT_DECLARATIVE.equals(element.getName());
		if (!declarative && !ELEMENT_DRIVER.equals(element.getName())) {
			problems.add(NLS.bind(Messages.Registry_unknownElement, element.getName(), contributor));
			return Optional.empty();
		}
		String id = element.getAttribute(ATTR_ID);
		String name = element.getAttribute(ATTR_NAME);
		String vendor = element.getAttribute(ATTR_VENDOR);
		String code = element.getAttribute(declarative ? ATTR_DESCRIPTION : ATTR_CLASS);
		if (id == null || name == null || vendor == null || code == null) {
			problems.add(NLS.bind(Messages.Registry_missingAttribute, id, contributor));
			return Optional.empty();
		}
		if (!ID.matcher(id).matches()) {
			problems.add(NLS.bind(Messages.Registry_badId, id, contributor));
			return Optional.empty();
		}
		List<String> models = new ArrayList<>();
		for (IConfigurationElement model : element.getChildren(ELEMENT_MODEL)) {
			Optional.ofNullable(model.getAttribute(ATTR_NAME)).ifPresent(models::add);
		}
		Set<TransportKind> transports = EnumSet.noneOf(TransportKind.class);
		for (IConfigurationElement transport : element.getChildren(ELEMENT_TRANSPORT)) {
			String kind = transport.getAttribute(ATTR_KIND);
			Optional<TransportKind> known = kind == null ? Optional.empty() : TransportKind.fromId(kind);
			if (known.isEmpty()) {
				problems.add(NLS.bind(Messages.Registry_unknownTransport, new Object[] { kind, id, contributor }));
				return Optional.empty();
			}
			transports.add(known.get());
		}
		if (models.isEmpty() || transports.isEmpty()) {
			problems.add(NLS.bind(Messages.Registry_noModelOrTransport, id, contributor));
			return Optional.empty();
		}
		DriverLoader loader = new DriverLoader(declarative ? () -> loadDescription(element, code, contributor)
				: () -> createDriver(element, contributor));
		return Optional.of(new DriverDescriptor(id, name, vendor, models, transports,
				Optional.ofNullable(element.getAttribute(ATTR_REPLACES)), Optional.ofNullable(element.getAttribute(ATTR_ICON)),
				declarative, contributor, loader));
	}

	private static ConsoleDriver createDriver(IConfigurationElement element, String contributor) throws DriverLoadException {
		try {
			Object created = element.createExecutableExtension(ATTR_CLASS);
			if (created instanceof ConsoleDriver driver) {
				return driver;
			}
			throw new DriverLoadException(
					NLS.bind(Messages.Registry_notADriver, created.getClass().getName(), contributor), null);
		} catch (CoreException e) {
			throw new DriverLoadException(NLS.bind(Messages.Registry_cannotCreate, contributor, e.getMessage()), e);
		}
	}

	private static ConsoleDriver loadDescription(IConfigurationElement element, String path, String contributor)
			throws DriverLoadException {
		Bundle bundle = Platform.getBundle(contributor);
		URL entry = bundle == null ? null : FileLocator.find(bundle, IPath.fromOSString(path));
		if (entry == null) {
			throw new DriverLoadException(NLS.bind(Messages.Registry_noDescription, path, contributor), null);
		}
		try (InputStream in = entry.openStream()) {
			return new DeclarativeDriver(FrameFormat.parse(in, path));
		} catch (IOException | FrameFormatException e) {
			throw new DriverLoadException(NLS.bind(Messages.Registry_badDescription, contributor, e.getMessage()), e);
		}
	}

	/** Every driver, sorted by identifier. */
	public List<DriverDescriptor> all() {
		return byId.values().stream().sorted(Comparator.comparing(DriverDescriptor::id)).toList();
	}

	/** The drivers to offer: every driver that no other driver replaces. */
	public List<DriverDescriptor> offered() {
		Set<String> replaced = new java.util.HashSet<>();
		byId.values().forEach(d -> d.replaces().ifPresent(replaced::add));
		return all().stream().filter(d -> !replaced.contains(d.id())).toList();
	}

	/** The driver {@code id}; a replaced driver is still found by its identifier. */
	public Optional<DriverDescriptor> find(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	/** The contributions that were skipped, and why. */
	public List<String> problems() {
		return problems;
	}
}
