package org.eccworkbench.console.declarative;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.eccworkbench.console.Quality;
import org.eccworkbench.console.Sample;
import org.eccworkbench.console.TelemetrySink;
import org.eccworkbench.console.internal.Messages;
import org.eccworkbench.console.transport.NmeaChecksum;
import org.eclipse.osgi.util.NLS;

/** Turns one text line into samples, as a {@link FrameFormat} says; one parser per link. */
public final class FrameParser {

	private final FrameFormat format;
	private final Pattern split;
	private long expectedSequence = -1;

	public FrameParser(FrameFormat format) {
		this.format = format;
		this.split = Pattern.compile(Pattern.quote(format.separator()));
	}

	/** Reads {@code line}, reporting its samples or why it is malformed to {@code sink}. */
	public void parse(String line, TelemetrySink sink) {
		String body = line.strip();
		if (body.isEmpty()) {
			return;
		}
		if (format.nmeaChecksum()) {
			body = NmeaChecksum.verifiedBody(body);
			if (body == null) {
				sink.malformed(Messages.Frame_badChecksum);
				return;
			}
			body = line.strip().charAt(0) + body;
		}
		if (!body.startsWith(format.prefix())) {
			sink.malformed(Messages.Frame_badPrefix);
			return;
		}
		body = body.substring(format.prefix().length());
		if (!format.prefix().isEmpty() && body.startsWith(format.separator())) {
			body = body.substring(format.separator().length());
		}
		Map<String, String> fields = fields(body);
		if (fields == null) {
			sink.malformed(Messages.Frame_badFields);
			return;
		}
		Instant received = Instant.now();
		Instant time;
		try {
			time = deviceTime(fields, received);
		} catch (NumberFormatException | DateTimeParseException e) {
			sink.malformed(Messages.Frame_badTime);
			return;
		}
		if (!checkSequence(fields, sink)) {
			return;
		}
		Sample[] samples = new Sample[fields.size()];
		int count = 0;
		for (Map.Entry<String, String> field : fields.entrySet()) {
			ChannelMapping mapping = format.channels().get(field.getKey());
			if (mapping == null) {
				continue;
			}
			String text = field.getValue().strip();
			double value = Double.NaN;
			Quality quality = Quality.INVALID;
			if (!text.equals(format.invalid())) {
				try {
					value = Double.parseDouble(text);
					quality = Double.isFinite(value) ? Quality.GOOD : Quality.INVALID;
				} catch (NumberFormatException e) {
					sink.malformed(NLS.bind(Messages.Frame_badValue, field.getKey()));
					return;
				}
			}
			samples[count++] = new Sample(time, received, mapping.channel().id(), value, mapping.channel().unit(), quality);
		}
		for (int i = 0; i < count; i++) {
			sink.sample(samples[i]);
		}
	}

	private Map<String, String> fields(String body) {
		String[] parts = split.split(body, -1);
		Map<String, String> fields = new LinkedHashMap<>();
		if (format.layout() == FrameFormat.Layout.CSV) {
			if (parts.length != format.columns().size()) {
				return null;
			}
			for (int i = 0; i < parts.length; i++) {
				fields.put(format.columns().get(i), parts[i]);
			}
			return fields;
		}
		for (String part : parts) {
			int assign = part.indexOf(format.assign());
			if (assign <= 0) {
				return null;
			}
			fields.put(part.substring(0, assign).strip(), part.substring(assign + format.assign().length()));
		}
		return fields;
	}

	private Instant deviceTime(Map<String, String> fields, Instant received) {
		String text = format.timeField() == null ? null : fields.get(format.timeField());
		if (text == null) {
			return received;
		}
		return format.isoTime() ? Instant.parse(text.strip()) : Instant.ofEpochMilli(Long.parseLong(text.strip()));
	}

	private boolean checkSequence(Map<String, String> fields, TelemetrySink sink) {
		String text = format.sequenceField() == null ? null : fields.get(format.sequenceField());
		if (text == null) {
			return true;
		}
		long sequence;
		try {
			sequence = Long.parseLong(text.strip());
		} catch (NumberFormatException e) {
			sink.malformed(NLS.bind(Messages.Frame_badValue, format.sequenceField()));
			return false;
		}
		if (expectedSequence >= 0 && sequence > expectedSequence) {
			sink.sequenceGap(expectedSequence, sequence);
		}
		expectedSequence = sequence + 1;
		return true;
	}
}
