package org.eccworkbench.console.simulated.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import org.eccworkbench.console.simulated.protocol.Frame;
import org.eccworkbench.console.simulated.protocol.FrameException;
import org.eccworkbench.console.simulated.protocol.FrameTypes;

/**
 * One link to a host: a reader thread takes REQ and CMD frames, the calling thread streams the
 * description and telemetry at the console's rate, with the injected faults. Returns when the
 * link fails.
 */
final class LinkStreamer {

	private static final long MAX_PARK_NANOS = 5_000_000;

	private final VirtualConsole console;
	private final InputStream in;
	private final OutputStream out;
	private final java.io.PrintStream log;
	private final AtomicBoolean describe = new AtomicBoolean();
	private final ConcurrentLinkedQueue<String> replies = new ConcurrentLinkedQueue<>();
	private final SplittableRandom junk = new SplittableRandom(7);
	private volatile boolean open = true;
	private String lastMode;

	LinkStreamer(VirtualConsole console, InputStream in, OutputStream out, boolean describeAtOnce, java.io.PrintStream log) {
		this.console = console;
		this.log = log;
		this.in = in;
		this.out = out;
		describe.set(describeAtOnce);
	}

	/** Streams until the link fails or the host closes it. */
	void run() throws IOException {
		Thread reader = new Thread(this::read, "vh1-link-reader");
		reader.setDaemon(true);
		reader.start();
		boolean described = false;
		long next = System.nanoTime();
		while (open) {
			if (describe.getAndSet(false)) {
				for (String line : console.description()) {
					write(line);
				}
				described = true;
				lastMode = console.mode();
				next = System.nanoTime();
			}
			for (String reply = replies.poll(); reply != null; reply = replies.poll()) {
				write(reply);
			}
			long now = System.nanoTime();
			if (!described || console.faults.stalled(now)) {
				out.flush();
				LockSupport.parkNanos(MAX_PARK_NANOS);
				next = System.nanoTime();
				continue;
			}
			if (!console.mode().equals(lastMode)) {
				lastMode = console.mode();
				write(console.modeFrame());
			}
			writeGarbage(console.faults.takeGarbage());
			double rate = console.rateHz() * console.faults.speedUp(now);
			long period = (long) (1e9 / rate);
			if (now - next >= 0) {
				for (String line : console.next(1 / rate)) {
					write(line);
				}
				next += period;
				if (now - next > 1_000_000_000L) {
					next = now;
				}
				if (next - System.nanoTime() > 0) {
					out.flush();
				}
			} else {
				out.flush();
				LockSupport.parkNanos(Math.min(next - now, MAX_PARK_NANOS));
			}
		}
		throw new IOException("link closed");
	}

	private void write(String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
	}

	/** Lines a host must skip: noise, a wrong checksum, an unknown type, an over-long line. */
	private void writeGarbage(int lines) throws IOException {
		for (int i = 0; i < lines; i++) {
			switch (i % 4) {
			case 0 -> {
				byte[] noise = new byte[40];
				for (int b = 0; b < noise.length; b++) {
					noise[b] = (byte) (0x21 + junk.nextInt(90));
				}
				out.write(noise);
				out.write('\n');
			}
			case 1 -> write("$TEL,1,t=0,p1.rpm=100.000*00");
			case 2 -> write(Frame.seal("XYZ,1,what=unknown"));
			default -> {
				out.write("$".repeat(5000).getBytes(StandardCharsets.ISO_8859_1));
				out.write('\n');
			}
			}
		}
	}

	private void read() {
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				try {
					Frame frame = Frame.decode(line.strip());
					if (FrameTypes.REQUEST.equals(frame.type())) {
						describe.set(true);
					} else if (FrameTypes.COMMAND.equals(frame.type())) {
						String ack = console.command(frame);
						log.println(ServerText.get("serve.command", line.strip(), ack));
						log.flush();
						replies.add(ack);
					}
				} catch (FrameException e) {
					// A host's malformed line is skipped, as a console skips line noise.
				}
			}
		} catch (IOException e) {
			// The link is gone; the streaming loop notices when it writes.
		} finally {
			open = false;
		}
	}
}
