package org.eccworkbench.console.simulated;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.eccworkbench.console.ChannelSpec;
import org.eccworkbench.console.ConsoleDescription;
import org.eccworkbench.console.ConsoleMode;
import org.eccworkbench.console.ConsoleModule;
import org.eccworkbench.console.ModuleLimits;
import org.eccworkbench.console.ModuleType;
import org.eccworkbench.console.simulated.internal.Messages;
import org.eccworkbench.console.simulated.protocol.Frame;
import org.eccworkbench.console.simulated.protocol.FrameTypes;
import org.eclipse.osgi.util.NLS;

/** Builds a {@link ConsoleDescription} from a HELLO frame and the MOD frames after it. */
final class DescriptionReader {

	private final Frame hello;
	private final List<ConsoleModule> modules = new ArrayList<>();

	DescriptionReader(Frame hello) throws IOException {
		if (!FrameTypes.VERSION.equals(hello.get("proto"))) {
			throw new IOException(NLS.bind(Messages.Driver_protocol, hello.get("proto")));
		}
		this.hello = hello;
	}

	/** Adds a MOD frame. */
	void module(Frame frame) throws IOException {
		String id = frame.get("id");
		ModuleType type = frame.get("type") == null ? null : ModuleType.fromId(frame.get("type")).orElse(null);
		String channels = frame.get("ch");
		if (id == null || type == null || channels == null) {
			throw new IOException(NLS.bind(Messages.Driver_badModule, frame.encode()));
		}
		List<ChannelSpec> specs = new ArrayList<>();
		for (String channel : channels.split("\\|")) {
			int colon = channel.indexOf(':');
			if (colon <= 0) {
				throw new IOException(NLS.bind(Messages.Driver_badModule, frame.encode()));
			}
			specs.add(new ChannelSpec(channel.substring(0, colon), channel.substring(colon + 1)));
		}
		modules.add(new ConsoleModule(id, type, frame.get("label") == null ? id : frame.get("label"), specs, limits(frame)));
	}

	private static ModuleLimits limits(Frame frame) throws IOException {
		List<Double> boots = new ArrayList<>();
		if (frame.get("boots") != null) {
			for (String boot : frame.get("boots").split("\\|")) {
				boots.add(ModuleLimits.parseInch(boot)
						.orElseThrow(() -> new IOException(NLS.bind(Messages.Driver_badModule, frame.encode()))));
			}
		}
		return new ModuleLimits(number(frame, "maxrpm"), boots, number(frame, "min"), number(frame, "max"));
	}

	private static OptionalDouble number(Frame frame, String key) throws IOException {
		String text = frame.get(key);
		if (text == null) {
			return OptionalDouble.empty();
		}
		try {
			return OptionalDouble.of(Double.parseDouble(text));
		} catch (NumberFormatException e) {
			throw new IOException(NLS.bind(Messages.Driver_badModule, frame.encode()), e);
		}
	}

	/** The description, once READY came; checks that every announced module was described. */
	ConsoleDescription finish() throws IOException {
		String announced = hello.get("modules");
		if (announced == null || !announced.equals(Integer.toString(modules.size()))) {
			throw new IOException(NLS.bind(Messages.Driver_moduleCount, announced, modules.size()));
		}
		return new ConsoleDescription(value("vendor"), value("model"), value("serial"), value("fw"),
				ConsoleMode.fromId(hello.get("mode")), modules);
	}

	private String value(String key) {
		String value = hello.get(key);
		return value == null ? "" : value;
	}
}
