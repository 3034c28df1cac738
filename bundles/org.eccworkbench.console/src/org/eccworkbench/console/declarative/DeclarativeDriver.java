package org.eccworkbench.console.declarative;

import java.io.IOException;
import java.time.Duration;

import org.eccworkbench.console.Command;
import org.eccworkbench.console.ConsoleDescription;
import org.eccworkbench.console.ConsoleDriver;
import org.eccworkbench.console.DriverLink;
import org.eccworkbench.console.TelemetrySink;
import org.eccworkbench.console.internal.Messages;
import org.eccworkbench.console.transport.LineReader;
import org.eccworkbench.console.transport.Transport;
import org.eclipse.osgi.util.NLS;

/**
 * A driver made of a {@link FrameFormat}: for consoles that send one text line per reading and
 * take no commands. The console's description comes from the file; its mode is
 * {@link org.eccworkbench.console.ConsoleMode#CLINICAL}, so the session never sends it anything.
 */
public final class DeclarativeDriver implements ConsoleDriver {

	static final int MAX_LINE = 4096;

	private final FrameFormat format;

	public DeclarativeDriver(FrameFormat format) {
		this.format = format;
	}

	/** The description the driver was made of. */
	public FrameFormat format() {
		return format;
	}

	@Override
	public DriverLink open(Transport transport, Duration helloTimeout) {
		LineReader lines = new LineReader(transport.input(), MAX_LINE);
		FrameParser parser = new FrameParser(format);
		return new DriverLink() {
			@Override
			public ConsoleDescription description() {
				return format.console();
			}

			@Override
			public boolean readNext(TelemetrySink sink) throws IOException {
				LineReader.Line line = lines.next();
				if (line == null) {
					return false;
				}
				if (line.overlong()) {
					sink.malformed(NLS.bind(Messages.Frame_tooLong, MAX_LINE));
				} else {
					parser.parse(line.text(), sink);
				}
				return true;
			}

			@Override
			public void send(Command command) {
				throw new UnsupportedOperationException(Messages.Frame_readOnly);
			}

			@Override
			public void close() {
				// The session closes the transport; the parser holds nothing else.
			}
		};
	}
}
