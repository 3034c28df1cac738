package org.eccworkbench.console;

import java.util.List;
import java.util.Objects;

/**
 * One module of a console: a roller pump head, a pressure channel group, a gas blender... with
 * the channels it reports and its limits. The identifier ({@code P1}, {@code PR2}) is the
 * console's own and is what a circuit binding refers to.
 */
public record ConsoleModule(String id, ModuleType type, String label, List<ChannelSpec> channels,
		ModuleLimits limits) {

	public ConsoleModule {
		Objects.requireNonNull(id);
		Objects.requireNonNull(type);
		Objects.requireNonNull(label);
		channels = List.copyOf(channels);
		Objects.requireNonNull(limits);
	}
}
