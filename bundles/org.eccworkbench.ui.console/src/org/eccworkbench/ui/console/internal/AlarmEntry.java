package org.eccworkbench.ui.console.internal;

import java.time.Instant;

import org.eccworkbench.console.Alarm;

/** An alarm as the Alarms view lists it: raised once, active until the console clears it, acknowledged by the user. */
final class AlarmEntry {

	private final Alarm raised;
	private volatile Instant cleared;
	private volatile boolean acknowledged;

	AlarmEntry(Alarm raised) {
		this.raised = raised;
	}

	Alarm alarm() {
		return raised;
	}

	boolean isActive() {
		return cleared == null;
	}

	Instant cleared() {
		return cleared;
	}

	void clear(Instant time) {
		cleared = time;
	}

	boolean isAcknowledged() {
		return acknowledged;
	}

	void acknowledge() {
		acknowledged = true;
	}

	boolean concerns(Alarm other) {
		return raised.code().equals(other.code()) && raised.module().equals(other.module());
	}
}
