package org.eccworkbench.console.internal.session;

import java.time.Duration;

import org.eccworkbench.console.SessionState;

/**
 * The session's state, with a wait for a given state. Transitions are reported to
 * {@code observer} under the lock, so that listeners see them in order.
 */
final class StateMachine {

	interface Observer {
		void changed(SessionState from, SessionState to, String reason);
	}

	private final Observer observer;
	private SessionState state = SessionState.DISCONNECTED;

	StateMachine(Observer observer) {
		this.observer = observer;
	}

	synchronized SessionState get() {
		return state;
	}

	/** Moves to {@code to}, unless already there; returns the previous state. */
	synchronized SessionState moveTo(SessionState to, String reason) {
		SessionState from = state;
		if (from != to) {
			state = to;
			observer.changed(from, to, reason);
			notifyAll();
		}
		return from;
	}

	/** Moves to {@code to} only from {@code from}; returns whether it moved. */
	synchronized boolean moveIf(SessionState from, SessionState to, String reason) {
		if (state != from) {
			return false;
		}
		moveTo(to, reason);
		return true;
	}

	synchronized boolean await(SessionState wanted, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (state != wanted) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				return false;
			}
			wait(Math.max(1, left / 1_000_000));
		}
		return true;
	}
}
