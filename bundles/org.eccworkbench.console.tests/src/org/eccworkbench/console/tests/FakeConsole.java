package org.eccworkbench.console.tests;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

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
import org.eccworkbench.console.transport.Transport;
import org.eccworkbench.console.transport.TransportFactory;

/**
 * A driver whose behaviour a test chooses: well-behaved (one sample every 10 ms), throwing after
 * some frames, hanging for good (ignoring interrupts and the closed transport), or flooding.
 */
final class FakeConsole implements ConsoleDriver {

	enum Behaviour {
		STEADY, THROWS, HANGS, FLOODS
	}

	static final ChannelSpec PRESSURE = new ChannelSpec("art.pressure", "mmHg");
	static final ConsoleDescription DESCRIPTION = new ConsoleDescription("Test", "F-1", "1", "1", ConsoleMode.CLINICAL,
			List.of(new ConsoleModule("PR1", ModuleType.PRESSURE, "Arterial", List.of(PRESSURE), ModuleLimits.NONE)));

	final Behaviour behaviour;
	final ConsoleMode mode;
	final AtomicInteger opens = new AtomicInteger();
	final List<Command> commands = new CopyOnWriteArrayList<>();

	FakeConsole(Behaviour behaviour, ConsoleMode mode) {
		this.behaviour = behaviour;
		this.mode = mode;
	}

	/** Transports that are nothing but a closed flag. */
	static TransportFactory transports() {
		return (endpoint, timeout) -> new Transport() {
			@Override
			public InputStream input() {
				return InputStream.nullInputStream();
			}

			@Override
			public OutputStream output() {
				return new ByteArrayOutputStream();
			}

			@Override
			public String describe() {
				return "fake";
			}

			@Override
			public void close() {
			}
		};
	}

	@Override
	public DriverLink open(Transport transport, Duration helloTimeout) {
		int open = opens.incrementAndGet();
		return new DriverLink() {
			private int frames;
			private volatile TelemetrySink lastSink;

			@Override
			public ConsoleDescription description() {
				return DESCRIPTION.withMode(mode);
			}

			@Override
			public boolean readNext(TelemetrySink sink) {
				lastSink = sink;
				frames++;
				if (behaviour == Behaviour.THROWS && open == 1 && frames > 20) {
					throw new IllegalStateException("driver bug");
				}
				if (behaviour == Behaviour.HANGS && open == 1 && frames > 20) {
					while (true) {
						LockSupport.parkNanos(1_000_000_000L);
					}
				}
				int count = behaviour == Behaviour.FLOODS ? 1000 : 1;
				for (int i = 0; i < count; i++) {
					Instant now = Instant.now();
					sink.sample(new Sample(now, now, PRESSURE.id(), 200, PRESSURE.unit(), Quality.GOOD));
				}
				LockSupport.parkNanos(10_000_000);
				return true;
			}

			@Override
			public void send(Command command) {
				commands.add(command);
				lastSink.acknowledged(command.id(), true, "");
			}

			@Override
			public void close() {
			}
		};
	}
}
