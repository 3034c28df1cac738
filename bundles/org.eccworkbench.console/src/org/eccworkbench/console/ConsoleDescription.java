package org.eccworkbench.console;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a console says it is when a link opens: maker, model, serial number, firmware, mode and
 * modules.
 */
public record ConsoleDescription(String vendor, String model, String serialNumber, String firmware,
		ConsoleMode mode, List<ConsoleModule> modules) {

	public ConsoleDescription {
		Objects.requireNonNull(vendor);
		Objects.requireNonNull(model);
		Objects.requireNonNull(serialNumber);
		Objects.requireNonNull(firmware);
		Objects.requireNonNull(mode);
		modules = List.copyOf(modules);
	}

	/** Every channel of every module, in order. */
	public List<ChannelSpec> channels() {
		return modules.stream().flatMap(m -> m.channels().stream()).toList();
	}

	/** The channel {@code id}, if a module reports it. */
	public Optional<ChannelSpec> channel(String id) {
		return channels().stream().filter(c -> c.id().equals(id)).findFirst();
	}

	/** The modules of a type, in order. */
	public Stream<ConsoleModule> modules(ModuleType type) {
		return modules.stream().filter(m -> m.type() == type);
	}

	/** The same console in another mode. */
	public ConsoleDescription withMode(ConsoleMode newMode) {
		return new ConsoleDescription(vendor, model, serialNumber, firmware, newMode, modules);
	}
}
