package org.eccworkbench.cli.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eccworkbench.cli.Subcommand;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

/**
 * The subcommands contributed to {@code org.eccworkbench.cli.subcommands}, by name. A contribution
 * with a missing attribute, a malformed name or a name already taken is logged with its
 * contributor and skipped; the first contribution of a name keeps it.
 */
public final class SubcommandRegistry {

	public static final String EXTENSION_POINT = "org.eccworkbench.cli.subcommands";
	static final String ELEMENT_SUBCOMMAND = "subcommand";
	static final String ATTR_NAME = "name";
	static final String ATTR_SUMMARY = "summary";
	static final String ATTR_USAGE = "usage";
	static final String ATTR_CLASS = "class";

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*( [a-z][a-z0-9-]*)*");

	private final Map<String, SubcommandDescriptor> byName;
	private final List<String> problems;

	private SubcommandRegistry(Map<String, SubcommandDescriptor> byName, List<String> problems) {
		this.byName = byName;
		this.problems = List.copyOf(problems);
	}

	/** Reads the extension registry of the running platform. */
	public static SubcommandRegistry fromExtensions() {
		List<SubcommandDescriptor> descriptors = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry()
				.getConfigurationElementsFor(EXTENSION_POINT)) {
			String contributor = element.getContributor().getName();
			if (!ELEMENT_SUBCOMMAND.equals(element.getName())) {
				problems.add(NLS.bind(Messages.Registry_unknownElement, element.getName(), contributor));
				continue;
			}
			String name = element.getAttribute(ATTR_NAME);
			String summary = element.getAttribute(ATTR_SUMMARY);
			String usage = element.getAttribute(ATTR_USAGE);
			if (name == null || summary == null || usage == null || element.getAttribute(ATTR_CLASS) == null) {
				problems.add(NLS.bind(Messages.Registry_missingAttribute, name, contributor));
				continue;
			}
			descriptors.add(new SubcommandDescriptor(name, summary, usage, contributor,
					() -> createSubcommand(element)));
		}
		SubcommandRegistry registry = of(descriptors, problems);
		registry.problems().forEach(problem -> ILog.of(SubcommandRegistry.class)
				.log(new Status(IStatus.WARNING, "org.eccworkbench.cli", problem)));
		return registry;
	}

	/** A registry of the given descriptors, checked as contributions are. */
	public static SubcommandRegistry of(Collection<SubcommandDescriptor> descriptors, List<String> earlierProblems) {
		Map<String, SubcommandDescriptor> byName = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>(earlierProblems);
		for (SubcommandDescriptor descriptor : descriptors) {
			if (!NAME.matcher(descriptor.name()).matches()) {
				problems.add(NLS.bind(Messages.Registry_badName, descriptor.name(), descriptor.contributor()));
				continue;
			}
			SubcommandDescriptor taken = byName.putIfAbsent(descriptor.name(), descriptor);
			if (taken != null) {
				problems.add(NLS.bind(Messages.Registry_duplicate,
						new Object[] { descriptor.name(), descriptor.contributor(), taken.contributor() }));
			}
		}
		return new SubcommandRegistry(byName, problems);
	}

	private static Subcommand createSubcommand(IConfigurationElement element) throws CoreException {
		Object created = element.createExecutableExtension(ATTR_CLASS);
		if (created instanceof Subcommand subcommand) {
			return subcommand;
		}
		throw new CoreException(Status.error(NLS.bind(Messages.Registry_notASubcommand,
				created.getClass().getName(), element.getContributor().getName())));
	}

	/** Every subcommand, sorted by name. */
	public List<SubcommandDescriptor> all() {
		return byName.values().stream().sorted(Comparator.comparing(SubcommandDescriptor::name)).toList();
	}

	/** The subcommand whose name is the longest run of leading words of {@code args}. */
	public Optional<SubcommandDescriptor> longestMatch(List<String> args) {
		for (int length = args.size(); length > 0; length--) {
			SubcommandDescriptor descriptor = byName.get(String.join(" ", args.subList(0, length)));
			if (descriptor != null) {
				return Optional.of(descriptor);
			}
		}
		return Optional.empty();
	}

	/** The subcommands whose names start with the words {@code prefix}, e.g. every {@code calc ...}. */
	public List<SubcommandDescriptor> startingWith(List<String> prefix) {
		return all().stream().filter(d -> d.words().size() > prefix.size()
				&& d.words().subList(0, prefix.size()).equals(prefix)).toList();
	}

	/** The contributions that were skipped, and why. */
	public List<String> problems() {
		return problems;
	}
}
