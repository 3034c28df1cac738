package org.eccworkbench.console.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eccworkbench.console.Alarm;
import org.eccworkbench.console.AlarmPriority;
import org.eccworkbench.console.Gap;
import org.eccworkbench.console.Quality;
import org.eccworkbench.console.Sample;
import org.eccworkbench.console.SessionState;
import org.eccworkbench.console.record.RecordingExporter;
import org.eccworkbench.console.record.SessionRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recording to CSV and JSON lines, flushed while running, and its export as one table. */
class SessionRecorderTest {

	@TempDir
	Path folder;

	private static Sample sample(String time, String channel, double value, Quality quality) {
		Instant t = Instant.parse(time);
		return new Sample(t, t, channel, value, channel.endsWith("temp") ? "Cel" : "mmHg", quality);
	}

	@Test
	void whatIsWrittenReachesTheFilesWithinASecondWithoutClosing() throws Exception {
		SessionRecorder recorder = new SessionRecorder(folder, "test.driver", "tcp://localhost:4100");
		recorder.stateChanged(SessionState.CONNECTING, SessionState.CONNECTED, "connected");
		recorder.sample(sample("2026-12-01T08:00:00Z", "art.pressure", 210.5, Quality.GOOD));
		recorder.alarm(new Alarm(Instant.parse("2026-12-01T08:00:00Z"), "LEVEL_LOW", AlarmPriority.MEDIUM, true, "L1", "low"));
		recorder.gap(new Gap(Instant.parse("2026-12-01T08:00:01Z"), Instant.parse("2026-12-01T08:00:04Z"), "no frame"));
		Thread.sleep(1_500);
		List<String> samples = Files.readAllLines(folder.resolve(SessionRecorder.SAMPLES));
		assertEquals(List.of(SessionRecorder.SAMPLES_HEADER,
				"2026-12-01T08:00:00Z,2026-12-01T08:00:00Z,art.pressure,210.5,mmHg,GOOD"), samples);
		String events = Files.readString(folder.resolve(SessionRecorder.EVENTS), StandardCharsets.UTF_8);
		assertTrue(events.contains("\"type\": \"state\"") && events.contains("\"to\": \"CONNECTED\""), events);
		assertTrue(events.contains("\"priority\": \"MEDIUM\""), events);
		assertTrue(events.contains("\"type\": \"gap\"") && events.contains("\"seconds\": 3.0"), events);
		assertTrue(Files.readString(folder.resolve(SessionRecorder.METADATA)).contains("\"driver\": \"test.driver\""));
		recorder.close();
		assertTrue(Files.readString(folder.resolve(SessionRecorder.METADATA)).contains("\"samples\": 1"));
	}

	@Test
	void theExportHasAColumnPerChannelAndShowsLostValues() throws Exception {
		try (SessionRecorder recorder = new SessionRecorder(folder, "test.driver", "tcp://localhost:4100")) {
			recorder.sample(sample("2026-12-01T08:00:00Z", "art.pressure", 210.5, Quality.GOOD));
			recorder.sample(sample("2026-12-01T08:00:00Z", "art.temp", 36.5, Quality.GOOD));
			recorder.sample(sample("2026-12-01T08:00:01Z", "art.pressure", Double.NaN, Quality.LOST));
			recorder.sample(sample("2026-12-01T08:00:01Z", "art.temp", Double.NaN, Quality.LOST));
		}
		Files.writeString(folder.resolve(SessionRecorder.SAMPLES), "2026-12-01T08:00:0", StandardCharsets.UTF_8,
				java.nio.file.StandardOpenOption.APPEND);
		StringWriter out = new StringWriter();
		RecordingExporter.Result result = RecordingExporter.export(folder, out);
		assertEquals("time,art.pressure [mmHg],art.temp [Cel]\n2026-12-01T08:00:00Z,210.5,36.5\n"
				+ "2026-12-01T08:00:01Z,LOST,LOST\n", out.toString());
		assertEquals(new RecordingExporter.Result(2, 2, 1), result);
	}
}
