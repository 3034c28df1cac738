package org.eccworkbench.console.tests;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.eccworkbench.console.ConsoleDriver;
import org.eccworkbench.console.DriverLink;
import org.eccworkbench.console.transport.Transport;

/** A contributed driver that counts how often it is created, to show the registry is lazy. */
public final class CountingDriver implements ConsoleDriver {

	static final AtomicInteger CREATED = new AtomicInteger();

	public CountingDriver() {
		CREATED.incrementAndGet();
	}

	@Override
	public DriverLink open(Transport transport, Duration helloTimeout) {
		throw new UnsupportedOperationException("only created, never connected");
	}
}
