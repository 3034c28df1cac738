package org.eccworkbench.console.internal.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eccworkbench.console.ChannelSpec;
import org.eccworkbench.console.Command;
import org.eccworkbench.console.CommandResult;
import org.eccworkbench.console.ConsoleDescription;
import org.eccworkbench.console.ConsoleDriver;
import org.eccworkbench.console.ConsoleSession;
import org.eccworkbench.console.Gap;
import org.eccworkbench.console.Sample;
import org.eccworkbench.console.SessionListener;
import org.eccworkbench.console.SessionOptions;
import org.eccworkbench.console.SessionState;
import org.eccworkbench.console.internal.Messages;
import org.eccworkbench.console.transport.Endpoint;
import org.eccworkbench.console.transport.TransportFactory;
import org.eclipse.osgi.util.NLS;

/**
 * The {@link ConsoleSession}: one {@link Connection} (reader thread) at a time, a watchdog that
 * turns silence into DEGRADED and LOST, reconnection with back-off, and the command gate.
 */
public final class SessionEngine implements ConsoleSession {

	private static final AtomicInteger SESSIONS = new AtomicInteger();
	private static final long WATCH_MILLIS = 100;

	final ConsoleDriver driver;
	final Endpoint endpoint;
	final TransportFactory transports;
	final SessionOptions options;
	final EventQueue events;
	final StateMachine state;
	private final String name;
	private final ScheduledExecutorService watch;
	private final ExecutorService commands;
	private final Backoff backoff;
	final Map<String, CompletableFuture<CommandResult>> pending = new ConcurrentHashMap<>();
	private volatile boolean running;
	private volatile boolean started;
	private volatile Connection current;
	volatile ConsoleDescription description;
	private Instant gapStart;
	private String gapReason;
	private int attempts;
	final java.util.concurrent.atomic.AtomicLong malformed = new java.util.concurrent.atomic.AtomicLong();

	public SessionEngine(ConsoleDriver driver, Endpoint endpoint, TransportFactory transports, SessionOptions options) {
		this.driver = driver;
		this.endpoint = endpoint;
		this.transports = transports;
		this.options = options;
		this.name = "eccw-console-" + SESSIONS.incrementAndGet();
		this.events = new EventQueue(options.queueCapacity(), name + "-dispatch");
		this.state = new StateMachine((from, to, reason) -> events.post(l -> l.stateChanged(from, to, reason)));
		this.watch = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, name + "-watch"));
		this.commands = Executors.newSingleThreadExecutor(r -> daemon(r, name + "-commands"));
		this.backoff = new Backoff(options.firstBackoff(), options.maxBackoff());
	}

	static Thread daemon(Runnable runnable, String threadName) {
		Thread thread = new Thread(runnable, threadName);
		thread.setDaemon(true);
		return thread;
	}

	@Override
	public void addListener(SessionListener listener) {
		events.addListener(listener);
	}

	@Override
	public synchronized void start() {
		if (started) {
			throw new IllegalStateException(Messages.Session_startedTwice);
		}
		started = true;
		running = true;
		events.start();
		watch.scheduleWithFixedDelay(this::watchLink, WATCH_MILLIS, WATCH_MILLIS, TimeUnit.MILLISECONDS);
		state.moveTo(SessionState.CONNECTING, NLS.bind(Messages.Session_connecting, endpoint));
		connect();
	}

	private synchronized void connect() {
		if (!running) {
			return;
		}
		attempts++;
		Connection connection = new Connection(this, name + "-reader-" + attempts);
		current = connection;
		connection.start();
	}

	boolean isCurrent(Connection connection) {
		return running && current == connection;
	}

	/** The connection read the console's description: the link is up. */
	synchronized void connected(Connection connection, ConsoleDescription described, String transport) {
		if (!isCurrent(connection)) {
			return;
		}
		description = described;
		events.post(l -> l.described(described));
		backoff.reset();
		state.moveTo(SessionState.CONNECTED, NLS.bind(Messages.Session_connected, transport));
		if (gapStart != null) {
			Gap gap = new Gap(gapStart, Instant.now(), gapReason);
			events.post(l -> l.gap(gap));
			gapStart = null;
		}
	}

	/** The link of {@code connection} failed or fell silent: close it, report it, reconnect later. */
	void lost(Connection connection, String reason) {
		synchronized (this) {
			if (!isCurrent(connection) || !connection.end()) {
				return;
			}
			SessionState previous = state.moveTo(SessionState.LOST, reason);
			if (previous == SessionState.CONNECTED || previous == SessionState.DEGRADED) {
				Instant now = Instant.now();
				gapStart = now;
				gapReason = reason;
				ConsoleDescription known = description;
				if (known != null) {
					for (ChannelSpec channel : known.channels()) {
						Sample lost = Sample.lost(now, channel);
						events.post(l -> l.sample(lost));
					}
				}
			}
		}
		connection.closeTransport();
		Duration wait = backoff.next();
		try {
			watch.schedule(this::connect, wait.toMillis(), TimeUnit.MILLISECONDS);
		} catch (java.util.concurrent.RejectedExecutionException e) {
			// Closed meanwhile: nothing to reconnect.
		}
	}

	private void watchLink() {
		Connection connection = current;
		if (connection == null || !running) {
			return;
		}
		long now = System.nanoTime();
		if (!connection.isStreaming()) {
			Duration limit = options.connectTimeout().plus(options.helloTimeout());
			if (now - connection.startedNanos() > limit.toNanos()) {
				lost(connection, NLS.bind(Messages.Session_noDescription, seconds(limit.toNanos())));
			}
			return;
		}
		long silence = now - connection.lastFrameNanos();
		if (silence > options.lostAfter().toNanos()) {
			lost(connection, NLS.bind(Messages.Session_silentLost, seconds(silence)));
		} else if (silence > options.degradedAfter().toNanos()) {
			state.moveIf(SessionState.CONNECTED, SessionState.DEGRADED, NLS.bind(Messages.Session_silent, seconds(silence)));
		}
	}

	static String seconds(long nanos) {
		return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e9);
	}

	@Override
	public SessionState state() {
		return state.get();
	}

	@Override
	public Optional<ConsoleDescription> description() {
		return Optional.ofNullable(description);
	}

	@Override
	public boolean awaitState(SessionState wanted, Duration timeout) throws InterruptedException {
		return state.await(wanted, timeout);
	}

	@Override
	public CompletableFuture<CommandResult> send(Command command) {
		Connection connection = current;
		SessionState now = state.get();
		ConsoleDescription known = description;
		if (!running || connection == null || !connection.isStreaming()
				|| (now != SessionState.CONNECTED && now != SessionState.DEGRADED) || known == null) {
			return CompletableFuture.completedFuture(CommandResult.notSent(Messages.Session_commandNotConnected));
		}
		if (!known.mode().acceptsCommands()) {
			return CompletableFuture
					.completedFuture(CommandResult.notSent(NLS.bind(Messages.Session_commandWrongMode, known.mode().id())));
		}
		CompletableFuture<CommandResult> result = new CompletableFuture<>();
		if (pending.putIfAbsent(command.id(), result) != null) {
			return CompletableFuture.completedFuture(CommandResult.notSent(NLS.bind(Messages.Session_commandSameId, command.id())));
		}
		try {
			commands.execute(() -> connection.send(command, result));
			watch.schedule(() -> {
				if (pending.remove(command.id(), result)) {
					result.complete(CommandResult.refusedByConsole(Messages.Session_commandNoAnswer));
				}
			}, options.commandTimeout().toMillis(), TimeUnit.MILLISECONDS);
		} catch (java.util.concurrent.RejectedExecutionException e) {
			pending.remove(command.id(), result);
			result.complete(CommandResult.notSent(Messages.Session_commandNotConnected));
		}
		return result;
	}

	@Override
	public long droppedSamples() {
		return events.dropped();
	}

	@Override
	public long malformedFrames() {
		return malformed.get();
	}

	@Override
	public void close() {
		Connection connection;
		synchronized (this) {
			if (!running) {
				if (started) {
					return;
				}
				started = true;
				state.moveTo(SessionState.DISCONNECTED, Messages.Session_closed);
				return;
			}
			running = false;
			connection = current;
			current = null;
			if (gapStart != null) {
				Gap gap = new Gap(gapStart, Instant.now(), NLS.bind(Messages.Session_notRegained, gapReason));
				events.post(l -> l.gap(gap));
				gapStart = null;
			}
			state.moveTo(SessionState.DISCONNECTED, Messages.Session_closed);
		}
		if (connection != null) {
			connection.closeTransport();
		}
		pending.forEach((id, future) -> future.complete(CommandResult.notSent(Messages.Session_closed)));
		pending.clear();
		watch.shutdownNow();
		commands.shutdownNow();
		events.end(2_000);
	}
}
