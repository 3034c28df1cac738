package org.eccworkbench.console.example;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eccworkbench.console.ChannelSpec;
import org.eccworkbench.console.Command;
import org.eccworkbench.console.ConsoleDescription;
import org.eccworkbench.console.ConsoleDriver;
import org.eccworkbench.console.ConsoleMode;
import org.eccworkbench.console.ConsoleModule;
import org.eccworkbench.console.DriverLink;
import org.eccworkbench.console.ModuleLimits;
import org.eccworkbench.console.ModuleType;
import org.eccworkbench.console.Quality;
import org.eccworkbench.console.Sample;
import org.eccworkbench.console.TelemetrySink;
import org.eccworkbench.console.transport.LineReader;
import org.eccworkbench.console.transport.Transport;

/**
 * The example driver of docs/driver-guide.md, for a fictional HLM-9 monitor that sends one line
 * per reading: {@code HLM9 <seq> <arterial pressure mmHg> <arterial temperature in 0.1 degC> <sum>},
 * where {@code sum} is the sum of the bytes before it, modulo 256. The monitor only talks, so the
 * driver reports clinical mode and sends nothing.
 */
public final class Hlm9Driver implements ConsoleDriver {

	static final ChannelSpec PRESSURE = new ChannelSpec("art.pressure", "mmHg");
	static final ChannelSpec TEMPERATURE = new ChannelSpec("art.temp", "Cel");
	static final ConsoleDescription HLM9 = new ConsoleDescription("Example Perfusion Systems", "HLM-9", "", "",
			ConsoleMode.CLINICAL,
			List.of(new ConsoleModule("PR1", ModuleType.PRESSURE, "Arterial line pressure", List.of(PRESSURE),
					ModuleLimits.NONE.withRange(-300, 800)),
					new ConsoleModule("T1", ModuleType.TEMPERATURE, "Arterial temperature", List.of(TEMPERATURE),
							ModuleLimits.NONE.withRange(0, 45))));

	@Override
	public DriverLink open(Transport transport, Duration helloTimeout) {
		LineReader lines = new LineReader(transport.input(), 256);
		return new DriverLink() {
			private long expected = -1;

			@Override
			public ConsoleDescription description() {
				return HLM9;
			}

			@Override
			public boolean readNext(TelemetrySink sink) throws IOException {
				LineReader.Line line = lines.next();
				if (line == null) {
					return false;
				}
				String[] f = line.text().strip().split(" ");
				if (line.overlong() || f.length != 5 || !f[0].equals("HLM9") || !checksumOk(line.text().strip(), f[4])) {
					sink.malformed(Messages.Hlm9_notALine);
					return true;
				}
				try {
					long sequence = Long.parseLong(f[1]);
					if (expected >= 0 && sequence > expected) {
						sink.sequenceGap(expected, sequence);
					}
					expected = sequence + 1;
					Instant now = Instant.now();
					sink.sample(new Sample(now, now, PRESSURE.id(), Double.parseDouble(f[2]), PRESSURE.unit(), Quality.GOOD));
					sink.sample(new Sample(now, now, TEMPERATURE.id(), Integer.parseInt(f[3]) / 10.0, TEMPERATURE.unit(),
							Quality.GOOD));
				} catch (NumberFormatException e) {
					sink.malformed(Messages.Hlm9_badValue);
				}
				return true;
			}

			@Override
			public void send(Command command) {
				throw new UnsupportedOperationException(Messages.Hlm9_readOnly);
			}

			@Override
			public void close() {
				// Nothing beyond the transport, which the session closes.
			}
		};
	}

	/** The HLM-9 checksum: the bytes before the last space, summed modulo 256. */
	public static int checksum(String text) {
		int sum = 0;
		for (int i = 0; i < text.length(); i++) {
			sum += text.charAt(i);
		}
		return sum & 0xff;
	}

	private static boolean checksumOk(String line, String sum) {
		try {
			return Integer.parseInt(sum) == checksum(line.substring(0, line.lastIndexOf(' ')));
		} catch (NumberFormatException e) {
			return false;
		}
	}
}
