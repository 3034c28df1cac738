package org.eccworkbench.sim;

/**
 * One alarm episode.
 *
 * @param tS          simulated time the alarm was raised, s
 * @param id          the alarm
 * @param clearedS    when its condition ended, s, or NaN if still active at the end of the run
 * @param responseS   time from the alarm to the first operator event after it, s, or NaN if none
 */
public record AlarmRecord(double tS, AlarmId id, double clearedS, double responseS) {

	public Priority priority() {
		return id.priority();
	}
}
