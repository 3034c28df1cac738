package org.eccworkbench.console.declarative;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

import org.eccworkbench.console.ChannelSpec;
import org.eccworkbench.console.ConsoleDescription;
import org.eccworkbench.console.ConsoleMode;
import org.eccworkbench.console.ConsoleModule;
import org.eccworkbench.console.ModuleLimits;
import org.eccworkbench.console.ModuleType;
import org.eccworkbench.console.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * A console's text frames as a vendor describes them in a properties file (format in
 * docs/driver-guide.md): CSV columns or key=value pairs, the field separator, an optional prefix
 * and NMEA checksum, the time and sequence fields, the text of a missing value, and which field
 * is which channel of which module.
 */
public record FrameFormat(ConsoleDescription console, Layout layout, String separator, String assign,
		List<String> columns, String prefix, boolean nmeaChecksum, String timeField, boolean isoTime,
		String sequenceField, String invalid, Map<String, ChannelMapping> channels) {

	/** How a line's fields are laid out. */
	public enum Layout {
		/** Values in fixed columns, named by {@code csv.columns}. */
		CSV,
		/** {@code key=value} pairs in any order. */
		KV
	}

	public FrameFormat {
		columns = List.copyOf(columns);
		channels = Map.copyOf(channels);
	}

	/** Reads a description; {@code name} is used in messages. */
	public static FrameFormat parse(InputStream in, String name) throws IOException, FrameFormatException {
		Properties p = new Properties();
		p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		return parse(p, name);
	}

	/** Reads a description from its properties. */
	public static FrameFormat parse(Properties p, String name) throws FrameFormatException {
		Layout layout = switch (p.getProperty("format", "")) {
		case "csv" -> Layout.CSV;
		case "kv" -> Layout.KV;
		default -> throw problem(name, "format", p.getProperty("format"));
		};
		List<String> columns = layout == Layout.CSV ? List.of(required(p, name, "csv.columns").split("\\s*,\\s*"))
				: List.of();
		Map<String, List<ChannelMapping>> byModule = new LinkedHashMap<>();
		Map<String, ChannelMapping> channels = new LinkedHashMap<>();
		for (String key : new TreeSet<>(p.stringPropertyNames())) {
			if (key.startsWith("channel.") && key.endsWith(".id")) {
				String field = key.substring("channel.".length(), key.length() - ".id".length());
				String module = required(p, name, "channel." + field + ".module");
				ChannelMapping mapping = new ChannelMapping(field,
						new ChannelSpec(p.getProperty(key).strip(), required(p, name, "channel." + field + ".unit")), module);
				if (layout == Layout.CSV && !columns.contains(field)) {
					throw problem(name, key, field);
				}
				channels.put(field, mapping);
				byModule.computeIfAbsent(module, m -> new ArrayList<>()).add(mapping);
			}
		}
		if (channels.isEmpty()) {
			throw problem(name, "channel.*.id", null);
		}
		List<ConsoleModule> modules = new ArrayList<>();
		for (Map.Entry<String, List<ChannelMapping>> module : byModule.entrySet()) {
			String prefix = "module." + module.getKey() + ".";
			String typeId = required(p, name, prefix + "type");
			ModuleType type = ModuleType.fromId(typeId).orElseThrow(() -> problem(name, prefix + "type", typeId));
			modules.add(new ConsoleModule(module.getKey(), type, p.getProperty(prefix + "label", module.getKey()),
					module.getValue().stream().map(ChannelMapping::channel).toList(), limits(p, name, prefix)));
		}
		ConsoleDescription console = new ConsoleDescription(required(p, name, "console.vendor"),
				required(p, name, "console.model"), p.getProperty("console.serial", ""), p.getProperty("console.firmware", ""),
				ConsoleMode.CLINICAL, modules);
		String time = p.getProperty("time.format", "epoch-millis");
		if (!time.equals("epoch-millis") && !time.equals("iso-8601")) {
			throw problem(name, "time.format", time);
		}
		String checksum = p.getProperty("checksum", "none");
		if (!checksum.equals("none") && !checksum.equals("nmea")) {
			throw problem(name, "checksum", checksum);
		}
		String separator = p.getProperty("separator", ",");
		if (separator.isEmpty()) {
			throw problem(name, "separator", separator);
		}
		return new FrameFormat(console, layout, separator, p.getProperty("kv.assign", "="), columns,
				p.getProperty("prefix", ""), checksum.equals("nmea"), p.getProperty("time.field"), time.equals("iso-8601"),
				p.getProperty("sequence.field"), p.getProperty("invalid", "--"), channels);
	}

	private static ModuleLimits limits(Properties p, String name, String prefix) throws FrameFormatException {
		ModuleLimits limits = ModuleLimits.NONE;
		if (p.containsKey(prefix + "min") || p.containsKey(prefix + "max")) {
			limits = limits.withRange(number(p, name, prefix + "min"), number(p, name, prefix + "max"));
		}
		if (p.containsKey(prefix + "maxrpm")) {
			limits = limits.withMaxRpm(number(p, name, prefix + "maxrpm"));
		}
		if (p.containsKey(prefix + "boots")) {
			List<Double> boots = new ArrayList<>();
			for (String boot : p.getProperty(prefix + "boots").split("\\s*,\\s*")) {
				boots.add(ModuleLimits.parseInch(boot).orElseThrow(() -> problem(name, prefix + "boots", boot)));
			}
			limits = limits.withBoots(boots);
		}
		return limits;
	}

	private static double number(Properties p, String name, String key) throws FrameFormatException {
		String text = required(p, name, key);
		try {
			return Double.parseDouble(text);
		} catch (NumberFormatException e) {
			throw problem(name, key, text);
		}
	}

	private static String required(Properties p, String name, String key) throws FrameFormatException {
		String value = p.getProperty(key);
		if (value == null || value.isBlank()) {
			throw new FrameFormatException(NLS.bind(Messages.Format_missing, key, name));
		}
		return value.strip();
	}

	private static FrameFormatException problem(String name, String key, String value) {
		return new FrameFormatException(NLS.bind(Messages.Format_bad, new Object[] { key, value, name }));
	}

	/** The mapping of a field, if it is a channel. */
	public Optional<ChannelMapping> channel(String field) {
		return Optional.ofNullable(channels.get(field));
	}
}
