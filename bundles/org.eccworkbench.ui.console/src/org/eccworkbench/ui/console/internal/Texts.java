package org.eccworkbench.ui.console.internal;

import org.eccworkbench.console.AlarmPriority;
import org.eccworkbench.console.ConsoleMode;
import org.eccworkbench.console.Quality;
import org.eccworkbench.console.SessionState;
import org.eclipse.swt.graphics.Color;

/** The names and colours of states, qualities and priorities, shared by the Monitor views. */
final class Texts {

	static final Color GREEN = new Color(46, 139, 87);
	static final Color AMBER = new Color(230, 145, 0);
	static final Color RED = new Color(200, 30, 30);
	static final Color BLUE = new Color(40, 100, 180);
	static final Color GREY = new Color(110, 110, 110);
	static final Color WHITE = new Color(255, 255, 255);
	static final Color BLACK = new Color(0, 0, 0);
	static final Color YELLOW = new Color(255, 215, 0);
	static final Color CYAN = new Color(0, 170, 200);
	static final Color PALE_RED = new Color(255, 225, 225);

	private Texts() {
	}

	static String state(SessionState state) {
		return switch (state) {
		case DISCONNECTED -> Messages.Consoles_state_DISCONNECTED;
		case CONNECTING -> Messages.Consoles_state_CONNECTING;
		case CONNECTED -> Messages.Consoles_state_CONNECTED;
		case DEGRADED -> Messages.Consoles_state_DEGRADED;
		case LOST -> Messages.Consoles_state_LOST;
		};
	}

	static Color stateColor(SessionState state) {
		return switch (state) {
		case DISCONNECTED -> GREY;
		case CONNECTING -> BLUE;
		case CONNECTED -> GREEN;
		case DEGRADED -> AMBER;
		case LOST -> RED;
		};
	}

	static String mode(ConsoleMode mode) {
		return switch (mode) {
		case CLINICAL -> Messages.Consoles_mode_CLINICAL;
		case SIMULATION -> Messages.Consoles_mode_SIMULATION;
		case TRAINING -> Messages.Consoles_mode_TRAINING;
		};
	}

	static String quality(Quality quality) {
		return switch (quality) {
		case GOOD -> Messages.LiveValues_quality_GOOD;
		case QUESTIONABLE -> Messages.LiveValues_quality_QUESTIONABLE;
		case INVALID -> Messages.LiveValues_quality_INVALID;
		case LOST -> Messages.LiveValues_quality_LOST;
		};
	}

	static String priority(AlarmPriority priority) {
		return switch (priority) {
		case HIGH -> Messages.Alarms_priority_HIGH;
		case MEDIUM -> Messages.Alarms_priority_MEDIUM;
		case LOW -> Messages.Alarms_priority_LOW;
		};
	}

	/** The background of an alarm's priority cell: red, yellow, cyan, as consoles show them. */
	static Color priorityColor(AlarmPriority priority) {
		return switch (priority) {
		case HIGH -> RED;
		case MEDIUM -> YELLOW;
		case LOW -> CYAN;
		};
	}

	static Color priorityForeground(AlarmPriority priority) {
		return priority == AlarmPriority.MEDIUM ? BLACK : WHITE;
	}
}
