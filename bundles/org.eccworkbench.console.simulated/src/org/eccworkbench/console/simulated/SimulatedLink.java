package org.eccworkbench.console.simulated;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eccworkbench.console.Alarm;
import org.eccworkbench.console.AlarmPriority;
import org.eccworkbench.console.ChannelSpec;
import org.eccworkbench.console.Command;
import org.eccworkbench.console.ConsoleDescription;
import org.eccworkbench.console.ConsoleMode;
import org.eccworkbench.console.DriverLink;
import org.eccworkbench.console.Quality;
import org.eccworkbench.console.Sample;
import org.eccworkbench.console.TelemetrySink;
import org.eccworkbench.console.simulated.internal.Messages;
import org.eccworkbench.console.simulated.protocol.Frame;
import org.eccworkbench.console.simulated.protocol.FrameException;
import org.eccworkbench.console.simulated.protocol.FrameTypes;
import org.eccworkbench.console.transport.LineReader;
import org.eccworkbench.console.transport.Transport;
import org.eclipse.osgi.util.NLS;

/**
 * A link to a console speaking the ECC Workbench console protocol. Samples whose console time is
 * more than {@link #STALE_AFTER} old when read (a backlog in a serial line's buffers) are marked
 * {@link Quality#QUESTIONABLE}, so that an old value never passes for a live one.
 */
final class SimulatedLink implements DriverLink {

	static final Duration STALE_AFTER = Duration.ofSeconds(2);
	static final int MAX_LINE = 8192;

	private final LineReader lines;
	private final OutputStream out;
	private ConsoleDescription description;
	private Map<String, ChannelSpec> channels;
	private long expected = -1;
	private long commands;

	private SimulatedLink(Transport transport) {
		this.lines = new LineReader(transport.input(), MAX_LINE);
		this.out = transport.output();
	}

	/** Asks the console to describe itself and reads the description; other frames before it are skipped. */
	static SimulatedLink open(Transport transport, Duration timeout) throws IOException {
		SimulatedLink link = new SimulatedLink(transport);
		link.write(new Frame(FrameTypes.REQUEST, 0, Map.of("what", "hello")).encode());
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			if (System.nanoTime() - deadline > 0) {
				throw new IOException(Messages.Driver_noHello);
			}
			LineReader.Line line = link.lines.next();
			if (line == null) {
				throw new IOException(Messages.Driver_closedBeforeHello);
			}
			Frame frame = decodeOrNull(line);
			if (frame != null && FrameTypes.HELLO.equals(frame.type())) {
				link.describe(frame);
				return link;
			}
		}
	}

	private static Frame decodeOrNull(LineReader.Line line) {
		if (line.overlong()) {
			return null;
		}
		try {
			return Frame.decode(line.text().strip());
		} catch (FrameException e) {
			return null;
		}
	}

	private void describe(Frame hello) throws IOException {
		DescriptionReader reader = new DescriptionReader(hello);
		while (true) {
			LineReader.Line line = lines.next();
			if (line == null) {
				throw new IOException(Messages.Driver_closedBeforeHello);
			}
			Frame frame = decodeOrNull(line);
			if (frame == null) {
				throw new IOException(NLS.bind(Messages.Driver_badDescription, line.text()));
			}
			if (FrameTypes.READY.equals(frame.type())) {
				description = reader.finish();
				channels = new LinkedHashMap<>();
				description.channels().forEach(c -> channels.put(c.id(), c));
				expected = frame.sequence() + 1;
				return;
			}
			if (!FrameTypes.MODULE.equals(frame.type())) {
				throw new IOException(NLS.bind(Messages.Driver_badDescription, line.text()));
			}
			reader.module(frame);
		}
	}

	@Override
	public ConsoleDescription description() {
		return description;
	}

	@Override
	public boolean readNext(TelemetrySink sink) throws IOException {
		LineReader.Line line = lines.next();
		if (line == null) {
			return false;
		}
		if (line.overlong()) {
			sink.malformed(NLS.bind(Messages.Driver_tooLong, MAX_LINE));
			return true;
		}
		Frame frame;
		try {
			frame = Frame.decode(line.text().strip());
		} catch (FrameException e) {
			sink.malformed(NLS.bind(Messages.Driver_malformed, e.reason().name().toLowerCase(java.util.Locale.ROOT)));
			return true;
		}
		if (FrameTypes.HELLO.equals(frame.type())) {
			describe(frame);
			sink.mode(description.mode());
			return true;
		}
		if (expected >= 0 && frame.sequence() != expected) {
			if (frame.sequence() > expected) {
				sink.sequenceGap(expected, frame.sequence());
			}
		}
		expected = frame.sequence() + 1;
		switch (frame.type()) {
		case FrameTypes.TELEMETRY -> telemetry(frame, sink);
		case FrameTypes.ALARM -> alarm(frame, sink);
		case FrameTypes.MODE -> sink.mode(ConsoleMode.fromId(frame.get("mode")));
		case FrameTypes.ACK -> sink.acknowledged(String.valueOf(frame.get("id")), "accepted".equals(frame.get("result")),
				frame.get("reason") == null ? "" : frame.get("reason"));
		default -> sink.malformed(NLS.bind(Messages.Driver_unknownType, frame.type()));
		}
		return true;
	}

	private void telemetry(Frame frame, TelemetrySink sink) {
		Instant received = Instant.now();
		Instant time = time(frame.get("t"), received);
		if (time == null) {
			sink.malformed(Messages.Driver_badTime);
			return;
		}
		boolean stale = Duration.between(time, received).compareTo(STALE_AFTER) > 0;
		for (Map.Entry<String, String> field : frame.fields().entrySet()) {
			ChannelSpec channel = channels.get(field.getKey());
			if (channel == null) {
				continue;
			}
			String text = field.getValue();
			Quality quality = stale ? Quality.QUESTIONABLE : Quality.GOOD;
			double value = Double.NaN;
			if (text.equals(FrameTypes.INVALID)) {
				quality = Quality.INVALID;
			} else {
				if (!text.isEmpty() && text.charAt(text.length() - 1) == FrameTypes.QUESTIONABLE) {
					quality = Quality.QUESTIONABLE;
					text = text.substring(0, text.length() - 1);
				}
				try {
					value = Double.parseDouble(text);
				} catch (NumberFormatException e) {
					sink.malformed(NLS.bind(Messages.Driver_badValue, field.getKey()));
					continue;
				}
			}
			sink.sample(new Sample(time, received, channel.id(), value, channel.unit(), quality));
		}
	}

	private static void alarm(Frame frame, TelemetrySink sink) {
		Instant time = time(frame.get("t"), Instant.now());
		AlarmPriority priority = frame.get("prio") == null ? null : AlarmPriority.fromId(frame.get("prio")).orElse(null);
		if (time == null || priority == null || frame.get("code") == null) {
			sink.malformed(Messages.Driver_badAlarm);
			return;
		}
		sink.alarm(new Alarm(time, frame.get("code"), priority, "on".equals(frame.get("state")),
				frame.get("module") == null ? "" : frame.get("module"), frame.get("text") == null ? "" : frame.get("text")));
	}

	private static Instant time(String micros, Instant otherwise) {
		if (micros == null) {
			return otherwise;
		}
		try {
			long value = Long.parseLong(micros);
			return Instant.ofEpochSecond(value / 1_000_000, (value % 1_000_000) * 1_000);
		} catch (NumberFormatException e) {
			return null;
		}
	}

	@Override
	public synchronized void send(Command command) throws IOException {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("id", command.id());
		fields.put("module", command.module());
		fields.put("action", command.action());
		fields.put("value", Double.toString(command.value()));
		write(new Frame(FrameTypes.COMMAND, ++commands, fields).encode());
	}

	private void write(String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
		out.flush();
	}

	@Override
	public void close() {
		// The session closes the transport; the link holds nothing else.
	}
}
