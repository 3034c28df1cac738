package org.eccworkbench.console;

import java.time.Instant;
import java.util.Objects;

/**
 * One value of one channel. {@code deviceTime} is the console's time stamp (the receive time when
 * the console sends none), {@code receivedTime} when the session read it; {@code value} is
 * {@code NaN} unless the quality is {@link Quality#GOOD} or {@link Quality#QUESTIONABLE}.
 */
public record Sample(Instant deviceTime, Instant receivedTime, String channel, double value, String unit,
		Quality quality) {

	public Sample {
		Objects.requireNonNull(deviceTime);
		Objects.requireNonNull(receivedTime);
		Objects.requireNonNull(channel);
		Objects.requireNonNull(unit);
		Objects.requireNonNull(quality);
	}

	/** A sample that says the channel's signal is lost at {@code time}. */
	public static Sample lost(Instant time, ChannelSpec channel) {
		return new Sample(time, time, channel.id(), Double.NaN, channel.unit(), Quality.LOST);
	}

	/** Whether the value can be shown as a measurement. */
	public boolean hasValue() {
		return quality == Quality.GOOD || quality == Quality.QUESTIONABLE;
	}
}
