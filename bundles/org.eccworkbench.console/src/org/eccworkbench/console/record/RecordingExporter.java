package org.eccworkbench.console.record;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eccworkbench.console.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Turns a recording's {@value SessionRecorder#SAMPLES} into one table: a row per device time, a
 * column per channel (named {@code channel [unit]}). A cell holds the value, or the quality
 * ({@code LOST}, {@code INVALID}) when there is none, so a lost signal stays visible in the table.
 * A last line cut by a crash is skipped.
 */
public final class RecordingExporter {

	/** What an export wrote. */
	public record Result(int rows, int channels, int skippedLines) {
	}

	private RecordingExporter() {
	}

	/** Writes the table of the recording in {@code folder} to {@code out}. */
	public static Result export(Path folder, Writer out) throws IOException {
		Path samples = folder.resolve(SessionRecorder.SAMPLES);
		if (!Files.isRegularFile(samples)) {
			throw new IOException(NLS.bind(Messages.Export_noRecording, folder));
		}
		Map<String, Integer> columns = new LinkedHashMap<>();
		List<String> headers = new ArrayList<>();
		int skipped = 0;
		try (BufferedReader in = Files.newBufferedReader(samples, StandardCharsets.UTF_8)) {
			in.readLine();
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				String[] f = line.split(",", -1);
				if (f.length != 6) {
					skipped++;
					continue;
				}
				if (!columns.containsKey(f[2])) {
					columns.put(f[2], columns.size());
					headers.add(f[2] + " [" + f[4] + "]");
				}
			}
		}
		out.write("time," + String.join(",", headers) + "\n");
		int rows = 0;
		String[] row = new String[columns.size()];
		String time = null;
		try (BufferedReader in = Files.newBufferedReader(samples, StandardCharsets.UTF_8)) {
			in.readLine();
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				String[] f = line.split(",", -1);
				if (f.length != 6) {
					continue;
				}
				if (time != null && !time.equals(f[0])) {
					writeRow(out, time, row);
					rows++;
				}
				time = f[0];
				row[columns.get(f[2])] = f[3].isEmpty() ? f[5] : f[3];
			}
		}
		if (time != null) {
			writeRow(out, time, row);
			rows++;
		}
		out.flush();
		return new Result(rows, columns.size(), skipped);
	}

	private static void writeRow(Writer out, String time, String[] row) throws IOException {
		StringBuilder line = new StringBuilder(time);
		for (String cell : row) {
			line.append(',').append(cell == null ? "" : cell);
		}
		out.write(line.append('\n').toString());
		Arrays.fill(row, null);
	}
}
