package org.eccworkbench.console.record;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.StringJoiner;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eccworkbench.console.Alarm;
import org.eccworkbench.console.ChannelSpec;
import org.eccworkbench.console.ConsoleDescription;
import org.eccworkbench.console.ConsoleModule;
import org.eccworkbench.console.Gap;
import org.eccworkbench.console.Sample;
import org.eccworkbench.console.SessionListener;
import org.eccworkbench.console.SessionState;

/**
 * Records a session into a case record folder: {@value #SAMPLES} (one line per sample, CSV),
 * {@value #EVENTS} (one JSON object per line: state changes, descriptions, alarms, gaps,
 * malformed and dropped frames) and {@value #METADATA}. Files are appended to and flushed every
 * {@value #FLUSH_MILLIS} ms, so a crash of the process loses at most the last half second.
 * <p>
 * Add it to a session as a listener before starting it.
 */
public final class SessionRecorder implements SessionListener, AutoCloseable {

	public static final String SAMPLES = "samples.csv";
	public static final String EVENTS = "events.jsonl";
	public static final String METADATA = "session.json";
	public static final String SAMPLES_HEADER = "device_time,received_time,channel,value,unit,quality";
	static final long FLUSH_MILLIS = 500;

	private final Path folder;
	private final Writer samples;
	private final Writer events;
	private final ScheduledExecutorService flusher;
	private final AtomicLong sampleCount = new AtomicLong();
	private final AtomicLong gapCount = new AtomicLong();
	private final String driverId;
	private final String endpoint;
	private final Instant started = Instant.now();
	private volatile IOException failure;
	private boolean closed;
	private final LastInstant deviceTime = new LastInstant();
	private final LastInstant receivedTime = new LastInstant();

	/** The samples of one frame share their times: each is formatted once. */
	private static final class LastInstant {
		private Instant instant;
		private String text;

		String format(Instant time) {
			if (!time.equals(instant)) {
				instant = time;
				text = time.toString();
			}
			return text;
		}
	}

	/** Starts a recording in {@code folder} (created if needed; a recording already there is appended to). */
	public SessionRecorder(Path folder, String driverId, String endpoint) throws IOException {
		this.folder = folder;
		this.driverId = driverId;
		this.endpoint = endpoint;
		Files.createDirectories(folder);
		boolean fresh = !Files.exists(folder.resolve(SAMPLES));
		samples = open(folder.resolve(SAMPLES));
		events = open(folder.resolve(EVENTS));
		if (fresh) {
			samples.write(SAMPLES_HEADER + "\n");
		}
		writeMetadata(null);
		flusher = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, "eccw-recorder-flush");
			thread.setDaemon(true);
			return thread;
		});
		flusher.scheduleWithFixedDelay(this::flush, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
	}

	private static Writer open(Path file) throws IOException {
		return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND), 1 << 16);
	}

	/** The folder being recorded into. */
	public Path folder() {
		return folder;
	}

	/** Samples written so far. */
	public long samples() {
		return sampleCount.get();
	}

	/** Gaps written so far. */
	public long gaps() {
		return gapCount.get();
	}

	/** The first write failure, if any (the recording then stops writing). */
	public IOException failure() {
		return failure;
	}

	@Override
	public void sample(Sample sample) {
		StringBuilder line = new StringBuilder(96).append(deviceTime.format(sample.deviceTime())).append(',')
				.append(receivedTime.format(sample.receivedTime())).append(',').append(sample.channel()).append(',');
		if (sample.hasValue()) {
			line.append(sample.value());
		}
		line.append(',').append(sample.unit()).append(',').append(sample.quality()).append('\n');
		write(samples, line.toString());
		sampleCount.incrementAndGet();
	}

	@Override
	public void stateChanged(SessionState from, SessionState to, String reason) {
		event(new Json().put("time", Instant.now().toString()).put("type", "state").put("from", from.name())
				.put("to", to.name()).put("reason", reason));
	}

	@Override
	public void described(ConsoleDescription d) {
		StringJoiner modules = new StringJoiner(", ", "[", "]");
		for (ConsoleModule module : d.modules()) {
			StringJoiner channels = new StringJoiner(", ", "[", "]");
			for (ChannelSpec channel : module.channels()) {
				channels.add(new Json().put("id", channel.id()).put("unit", channel.unit()).toString());
			}
			modules.add(new Json().put("id", module.id()).put("type", module.type().id()).put("label", module.label())
					.putRaw("channels", channels.toString()).toString());
		}
		event(new Json().put("time", Instant.now().toString()).put("type", "described").put("vendor", d.vendor())
				.put("model", d.model()).put("serial", d.serialNumber()).put("firmware", d.firmware())
				.put("mode", d.mode().id()).putRaw("modules", modules.toString()));
	}

	@Override
	public void alarm(Alarm alarm) {
		event(new Json().put("time", alarm.time().toString()).put("type", "alarm").put("code", alarm.code())
				.put("priority", alarm.priority().name()).put("active", alarm.active() ? "true" : "false")
				.put("module", alarm.module()).put("text", alarm.text()));
	}

	@Override
	public void gap(Gap gap) {
		gapCount.incrementAndGet();
		event(new Json().put("time", gap.from().toString()).put("type", "gap").put("from", gap.from().toString())
				.put("to", gap.to() == null ? null : gap.to().toString()).put("seconds", gap.length().toMillis() / 1000.0)
				.put("reason", gap.reason()));
	}

	@Override
	public void malformed(long count, String lastReason) {
		event(new Json().put("time", Instant.now().toString()).put("type", "malformed").put("count", count)
				.put("reason", lastReason));
	}

	@Override
	public void dropped(long count, long total) {
		event(new Json().put("time", Instant.now().toString()).put("type", "dropped").put("count", count)
				.put("total", total));
	}

	private void event(Json json) {
		write(events, json + "\n");
	}

	private synchronized void write(Writer writer, String text) {
		if (failure != null || closed) {
			return;
		}
		try {
			writer.write(text);
		} catch (IOException e) {
			failure = e;
		}
	}

	private synchronized void flush() {
		if (failure != null || closed) {
			return;
		}
		try {
			samples.flush();
			events.flush();
		} catch (IOException e) {
			failure = e;
		}
	}

	private void writeMetadata(Instant ended) throws IOException {
		Json json = new Json().put("format", "eccw-console-recording/1").put("driver", driverId).put("endpoint", endpoint)
				.put("started", started.toString()).put("ended", ended == null ? null : ended.toString())
				.put("samples_file", SAMPLES).put("events_file", EVENTS);
		if (ended != null) {
			json.put("samples", sampleCount.get()).put("gaps", gapCount.get());
		}
		Path temporary = folder.resolve(METADATA + ".tmp");
		Files.writeString(temporary, json + "\n", StandardCharsets.UTF_8);
		Files.move(temporary, folder.resolve(METADATA), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * Flushes and closes the files, and writes the end into the metadata. What a session delivers
	 * afterwards is not recorded: close the session first.
	 */
	@Override
	public void close() throws IOException {
		flusher.shutdownNow();
		synchronized (this) {
			if (closed) {
				return;
			}
			closed = true;
			try {
				samples.close();
				events.close();
			} catch (IOException e) {
				failure = failure == null ? e : failure;
			}
		}
		writeMetadata(Instant.now());
		if (failure != null) {
			throw failure;
		}
	}
}
