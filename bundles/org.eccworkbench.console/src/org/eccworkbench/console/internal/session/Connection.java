package org.eccworkbench.console.internal.session;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eccworkbench.console.Alarm;
import org.eccworkbench.console.Command;
import org.eccworkbench.console.CommandResult;
import org.eccworkbench.console.ConsoleDescription;
import org.eccworkbench.console.ConsoleMode;
import org.eccworkbench.console.DriverLink;
import org.eccworkbench.console.Gap;
import org.eccworkbench.console.Sample;
import org.eccworkbench.console.SessionState;
import org.eccworkbench.console.TelemetrySink;
import org.eccworkbench.console.internal.Messages;
import org.eccworkbench.console.transport.Transport;
import org.eclipse.osgi.util.NLS;

/**
 * One attempt to talk to the console, on its own reader thread: open the transport, let the
 * driver read the description, then read frames until the link fails. Once the session has moved
 * on (a newer connection, or closed), whatever this connection still reads is ignored, so a
 * driver that hangs cannot disturb the session.
 */
final class Connection implements TelemetrySink {

	private final SessionEngine session;
	private final Thread thread;
	private final AtomicBoolean ended = new AtomicBoolean();
	private final long startedNanos = System.nanoTime();
	private volatile Transport transport;
	private volatile DriverLink link;
	private volatile boolean streaming;
	private volatile long lastFrameNanos;
	private volatile Instant lastFrameTime = Instant.now();
	private boolean lastWasMalformed;
	private boolean degradedByMalformed;
	private int goodFrames;

	Connection(SessionEngine session, String threadName) {
		this.session = session;
		this.thread = SessionEngine.daemon(this::run, threadName);
	}

	void start() {
		thread.start();
	}

	long startedNanos() {
		return startedNanos;
	}

	boolean isStreaming() {
		return streaming;
	}

	long lastFrameNanos() {
		return lastFrameNanos;
	}

	/** Marks the connection as ended; only the first call returns true. */
	boolean end() {
		return ended.compareAndSet(false, true);
	}

	void closeTransport() {
		Transport open = transport;
		if (open != null) {
			open.close();
		}
	}

	private void run() {
		try {
			Transport opened = session.transports.open(session.endpoint, session.options.connectTimeout());
			transport = opened;
			if (!session.isCurrent(this)) {
				opened.close();
				return;
			}
			DriverLink opening = session.driver.open(opened, session.options.helloTimeout());
			link = opening;
			lastFrameNanos = System.nanoTime();
			streaming = true;
			session.connected(this, opening.description(), opened.describe());
			while (session.isCurrent(this)) {
				if (!opening.readNext(this)) {
					session.lost(this, Messages.Session_closedByConsole);
					return;
				}
				frameRead();
			}
		} catch (IOException e) {
			session.lost(this, NLS.bind(Messages.Session_linkFailed, e.getMessage()));
		} catch (RuntimeException | Error e) {
			session.lost(this, NLS.bind(Messages.Session_driverFailed, e));
		} finally {
			DriverLink open = link;
			if (open != null) {
				open.close();
			}
			closeTransport();
		}
	}

	private void frameRead() {
		if (lastWasMalformed) {
			lastWasMalformed = false;
			return;
		}
		Instant previousFrame = lastFrameTime;
		lastFrameNanos = System.nanoTime();
		lastFrameTime = Instant.now();
		if (degradedByMalformed) {
			goodFrames++;
		}
		SessionState now = session.state.get();
		if (now != SessionState.DEGRADED) {
			return;
		}
		if (!degradedByMalformed) {
			if (session.state.moveIf(SessionState.DEGRADED, SessionState.CONNECTED, Messages.Session_framesAgain)) {
				Gap gap = new Gap(previousFrame, lastFrameTime, NLS.bind(Messages.Session_silentGap,
						SessionEngine.seconds(Duration.between(previousFrame, lastFrameTime).toNanos())));
				session.events.post(l -> l.gap(gap));
			}
		} else if (goodFrames >= session.options.goodFramesToRecover()) {
			degradedByMalformed = false;
			goodFrames = 0;
			session.state.moveIf(SessionState.DEGRADED, SessionState.CONNECTED, Messages.Session_framesGoodAgain);
		}
	}

	@Override
	public void sample(Sample sample) {
		if (session.isCurrent(this)) {
			session.events.offerSample(sample);
		}
	}

	@Override
	public void alarm(Alarm alarm) {
		if (session.isCurrent(this)) {
			session.events.post(l -> l.alarm(alarm));
		}
	}

	@Override
	public void mode(ConsoleMode mode) {
		if (session.isCurrent(this)) {
			ConsoleDescription changed = session.description.withMode(mode);
			session.description = changed;
			session.events.post(l -> l.described(changed));
		}
	}

	@Override
	public void malformed(String reason) {
		lastWasMalformed = true;
		if (!session.isCurrent(this)) {
			return;
		}
		long total = session.malformed.incrementAndGet();
		goodFrames = 0;
		degradedByMalformed = true;
		session.events.post(l -> l.malformed(1, reason));
		session.state.moveIf(SessionState.CONNECTED, SessionState.DEGRADED,
				NLS.bind(Messages.Session_malformed, reason, total));
	}

	@Override
	public void sequenceGap(long expected, long received) {
		if (session.isCurrent(this)) {
			Gap gap = new Gap(lastFrameTime, Instant.now(), NLS.bind(Messages.Session_framesMissing,
					Long.toString(received - expected), Long.toString(expected)));
			session.events.post(l -> l.gap(gap));
		}
	}

	@Override
	public void acknowledged(String commandId, boolean accepted, String reason) {
		CompletableFuture<CommandResult> future = session.pending.remove(commandId);
		if (future != null) {
			future.complete(accepted ? CommandResult.ok() : CommandResult.refusedByConsole(reason));
		}
	}

	/** Writes a command, on the session's command thread, if the console still accepts commands. */
	void send(Command command, CompletableFuture<CommandResult> result) {
		ConsoleMode mode = session.description.mode();
		DriverLink open = link;
		if (!mode.acceptsCommands() || open == null || !session.isCurrent(this)) {
			session.pending.remove(command.id(), result);
			result.complete(CommandResult.notSent(mode.acceptsCommands() ? Messages.Session_commandNotConnected
					: NLS.bind(Messages.Session_commandWrongMode, mode.id())));
			return;
		}
		try {
			open.send(command);
		} catch (UnsupportedOperationException e) {
			session.pending.remove(command.id(), result);
			result.complete(CommandResult.notSent(Messages.Session_commandUnsupported));
		} catch (IOException | RuntimeException e) {
			session.pending.remove(command.id(), result);
			result.complete(CommandResult.notSent(NLS.bind(Messages.Session_commandFailed, e.getMessage())));
		}
	}
}
