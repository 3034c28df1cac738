package org.eccworkbench.ui.console.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eccworkbench.console.Alarm;
import org.eccworkbench.console.ChannelSpec;
import org.eccworkbench.console.ConsoleDescription;
import org.eccworkbench.console.Sample;
import org.eccworkbench.console.SessionListener;
import org.eccworkbench.console.SessionState;

/**
 * What the Monitor views show of the connected console: its state, description, the latest sample
 * of every channel, recent values for the trends, and the alarms. Written by the session's
 * dispatch thread, read by the UI thread; observers are told that something changed and read the
 * model when they redraw (the views throttle their redraws).
 */
public final class MonitorModel {

	/** The longest trend window the Trends view offers. */
	static final int TREND_MINUTES_MAX = 30;
	private static final int TREND_CAPACITY = 1 << 15;
	private static final MonitorModel INSTANCE = new MonitorModel();

	private final List<Runnable> observers = new CopyOnWriteArrayList<>();
	private final Map<String, Sample> latest = new ConcurrentHashMap<>();
	private final Map<String, TrendBuffer> trends = new ConcurrentHashMap<>();
	private final List<AlarmEntry> alarms = new ArrayList<>();
	private volatile SessionState state = SessionState.DISCONNECTED;
	private volatile String reason = "";
	private volatile ConsoleDescription description;

	/** The model of the workbench's console session. */
	public static MonitorModel get() {
		return INSTANCE;
	}

	void addObserver(Runnable observer) {
		observers.add(observer);
	}

	void removeObserver(Runnable observer) {
		observers.remove(observer);
	}

	private void changed() {
		observers.forEach(Runnable::run);
	}

	/** Forgets the previous console before a new connection. */
	void reset() {
		latest.clear();
		trends.values().forEach(TrendBuffer::clear);
		synchronized (alarms) {
			alarms.clear();
		}
		description = null;
		state = SessionState.DISCONNECTED;
		reason = "";
		changed();
	}

	/** Says why a connection could not be made. */
	void failed(String why) {
		state = SessionState.DISCONNECTED;
		reason = why;
		changed();
	}

	SessionState state() {
		return state;
	}

	String reason() {
		return reason;
	}

	Optional<ConsoleDescription> description() {
		return Optional.ofNullable(description);
	}

	/** The channels of the console, in its order. */
	List<ChannelSpec> channels() {
		ConsoleDescription d = description;
		return d == null ? List.of() : d.channels();
	}

	Optional<Sample> latest(String channel) {
		return Optional.ofNullable(latest.get(channel));
	}

	/** The recent values of a channel, see {@link TrendBuffer#since(long, long)}. */
	double[][] trend(String channel, long fromMillis, long nowMillis) {
		TrendBuffer buffer = trends.get(channel);
		return buffer == null ? new double[][] { new double[0], new double[0] } : buffer.since(fromMillis, nowMillis);
	}

	/** The alarms, the most recent first. */
	List<AlarmEntry> alarms() {
		synchronized (alarms) {
			return List.copyOf(alarms);
		}
	}

	void acknowledge(List<AlarmEntry> entries) {
		entries.forEach(AlarmEntry::acknowledge);
		changed();
	}

	/** The listener that feeds this model from a session. */
	SessionListener listener() {
		return new SessionListener() {
			@Override
			public void stateChanged(SessionState from, SessionState to, String why) {
				state = to;
				reason = why == null ? "" : why;
				if (to == SessionState.DISCONNECTED) {
					// No value of a closed session may pass for a live one.
					latest.clear();
				}
				changed();
			}

			@Override
			public void described(ConsoleDescription d) {
				description = d;
				changed();
			}

			@Override
			public void sample(Sample sample) {
				latest.put(sample.channel(), sample);
				if (sample.hasValue()) {
					trends.computeIfAbsent(sample.channel(), c -> new TrendBuffer(TREND_CAPACITY)).add(sample.receivedTime(),
							sample.value());
				}
				changed();
			}

			@Override
			public void alarm(Alarm alarm) {
				synchronized (alarms) {
					Optional<AlarmEntry> open = alarms.stream().filter(e -> e.isActive() && e.concerns(alarm)).findFirst();
					if (alarm.active() && open.isEmpty()) {
						alarms.add(0, new AlarmEntry(alarm));
					} else if (!alarm.active()) {
						open.ifPresent(e -> e.clear(alarm.time()));
					}
				}
				changed();
			}
		};
	}

	/** For the views' time columns. */
	static Instant now() {
		return Instant.now();
	}
}
