package org.eccworkbench.console.simulated.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Control lines on standard input, to inject faults while the console runs:
 * {@code garbage [N]}, {@code stall SECONDS}, {@code flood FACTOR SECONDS},
 * {@code mode simulation|training|clinical}, {@code quit}; and physiology faults of the simulated
 * case, as the engine's {@code fault} and {@code clear_fault} actions: {@code fault KIND [VALUE]
 * [NAME=VALUE ...]} (for example {@code fault pump_failure}, {@code fault venous_air 50}) and
 * {@code clear KIND}. The end of the input is not a quit: a console started in the background
 * keeps running.
 */
public final class Control {

	private Control() {
	}

	/** Reads control lines on a daemon thread; {@code quit} ends the process. */
	public static void listen(VirtualConsole console, InputStream in, PrintStream log) {
		Thread thread = new Thread(() -> run(console, in, log), "vh1-control");
		thread.setDaemon(true);
		thread.start();
	}

	private static void run(VirtualConsole console, InputStream in, PrintStream log) {
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (line.isBlank()) {
					continue;
				}
				String[] words = line.strip().split("\\s+");
				if (words[0].equals("fault") || words[0].equals("clear")) {
					String refusal = console.fault(java.util.List.of(words));
					log.println(refusal == null ? ServerText.get("serve.controlDone", line.strip())
							: ServerText.get("serve.controlRefused", line.strip(), refusal));
				} else if (apply(console, words)) {
					log.println(ServerText.get("serve.controlDone", line.strip()));
				} else {
					log.println(ServerText.get("serve.controlBad", line.strip()));
				}
				log.flush();
			}
		} catch (IOException e) {
			// No more control lines: the console keeps running.
		}
	}

	/** Applies one control line; returns whether it was understood. */
	static boolean apply(VirtualConsole console, String[] words) {
		try {
			switch (words[0]) {
			case "garbage" -> console.faults.garbage(words.length > 1 ? Integer.parseInt(words[1]) : 4);
			case "stall" -> console.faults.stall(Double.parseDouble(words[1]));
			case "flood" -> console.faults.flood(Integer.parseInt(words[1]), Double.parseDouble(words[2]));
			case "mode" -> {
				if (!ServerOptions.MODES.contains(words[1])) {
					return false;
				}
				console.mode(words[1]);
			}
			case "quit" -> System.exit(0);
			default -> {
				return false;
			}
			}
			return true;
		} catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
			return false;
		}
	}
}
