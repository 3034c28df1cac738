package org.eccworkbench.console.internal.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.eccworkbench.console.Sample;
import org.eccworkbench.console.SessionListener;
import org.eccworkbench.console.internal.Messages;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

/**
 * Delivers a session's events to its listeners on one dispatch thread, in order. Samples wait in
 * a bounded part of the queue: when listeners fall behind, new samples are dropped and counted.
 * State changes, alarms, gaps and lost-signal samples are never dropped.
 */
final class EventQueue {

	private record Delivery(boolean droppable, Consumer<SessionListener> action) {
	}

	private static final Delivery END = new Delivery(false, l -> {
	});

	private final LinkedBlockingQueue<Delivery> queue = new LinkedBlockingQueue<>();
	private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
	private final AtomicInteger waitingSamples = new AtomicInteger();
	private final AtomicLong dropped = new AtomicLong();
	private final AtomicLong droppedSinceReport = new AtomicLong();
	private final int capacity;
	private final Thread thread;

	EventQueue(int capacity, String name) {
		this.capacity = capacity;
		this.thread = new Thread(this::run, name);
		thread.setDaemon(true);
	}

	void addListener(SessionListener listener) {
		listeners.add(listener);
	}

	void start() {
		thread.start();
	}

	/** Queues a sample unless the bounded part is full; returns whether it was queued. */
	boolean offerSample(Sample sample) {
		if (waitingSamples.incrementAndGet() > capacity) {
			waitingSamples.decrementAndGet();
			dropped.incrementAndGet();
			droppedSinceReport.incrementAndGet();
			return false;
		}
		queue.add(new Delivery(true, l -> l.sample(sample)));
		return true;
	}

	/** Queues an event that is never dropped. */
	void post(Consumer<SessionListener> event) {
		queue.add(new Delivery(false, event));
	}

	long dropped() {
		return dropped.get();
	}

	/** Delivers what is queued, then stops; waits at most {@code millis} for a slow listener. */
	void end(long millis) {
		queue.add(END);
		if (Thread.currentThread() != thread) {
			try {
				thread.join(millis);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private void run() {
		try {
			while (true) {
				Delivery delivery = queue.poll(250, TimeUnit.MILLISECONDS);
				if (delivery == END) {
					reportDropped();
					return;
				}
				if (delivery != null) {
					if (delivery.droppable()) {
						waitingSamples.decrementAndGet();
					}
					deliver(delivery.action());
				}
				reportDropped();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private void reportDropped() {
		long count = droppedSinceReport.getAndSet(0);
		if (count > 0) {
			long total = dropped.get();
			deliver(l -> l.dropped(count, total));
		}
	}

	private void deliver(Consumer<SessionListener> action) {
		for (SessionListener listener : listeners) {
			try {
				action.accept(listener);
			} catch (RuntimeException | LinkageError e) {
				ILog.of(EventQueue.class).log(Status.warning(NLS.bind(Messages.Session_listenerFailed,
						listener.getClass().getName(), e), e));
			}
		}
	}
}
