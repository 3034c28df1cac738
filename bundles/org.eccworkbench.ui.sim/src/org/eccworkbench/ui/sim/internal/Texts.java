package org.eccworkbench.ui.sim.internal;

import java.text.NumberFormat;
import java.util.Locale;

import org.eccworkbench.sim.AlarmId;
import org.eccworkbench.sim.Fault;
import org.eccworkbench.sim.Priority;

/** The names of alarms, priorities and faults, and the number and clock formats of the Simulate views. */
final class Texts {

	private Texts() {
	}

	/** {@code value} with {@code decimals} decimals in the user's locale; a dash when not finite. */
	static String fixed(double value, int decimals) {
		if (!Double.isFinite(value)) {
			return "\u2013"; //$NON-NLS-1$
		}
		NumberFormat format = NumberFormat.getNumberInstance(Locale.getDefault());
		format.setGroupingUsed(false);
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		return format.format(value);
	}

	/** A range bound as typed: no trailing zeros. */
	static String number(double value) {
		NumberFormat format = NumberFormat.getNumberInstance(Locale.getDefault());
		format.setGroupingUsed(false);
		format.setMaximumFractionDigits(3);
		return format.format(value);
	}

	/** Simulated time as {@code mm:ss}, hours added past the hour ({@code h:mm:ss}); empty when NaN. */
	static String clock(double seconds) {
		if (!Double.isFinite(seconds)) {
			return ""; //$NON-NLS-1$
		}
		long whole = (long) Math.floor(seconds + 1e-9);
		long hours = whole / 3600;
		long minutes = whole / 60 % 60;
		long secs = whole % 60;
		return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs) //$NON-NLS-1$
				: String.format(Locale.ROOT, "%02d:%02d", minutes, secs); //$NON-NLS-1$
	}

	static String priority(Priority priority) {
		return switch (priority) {
		case HIGH -> Messages.Priority_HIGH;
		case MEDIUM -> Messages.Priority_MEDIUM;
		case LOW -> Messages.Priority_LOW;
		};
	}

	static String alarm(AlarmId id) {
		return switch (id) {
		case LOW_LEVEL -> Messages.Alarm_LOW_LEVEL;
		case BUBBLE -> Messages.Alarm_BUBBLE;
		case HIGH_LINE_PRESSURE -> Messages.Alarm_HIGH_LINE_PRESSURE;
		case BACKFLOW -> Messages.Alarm_BACKFLOW;
		case PUMP_FAILURE -> Messages.Alarm_PUMP_FAILURE;
		case POWER_FAILURE -> Messages.Alarm_POWER_FAILURE;
		case HEATER_COOLER_FAILURE -> Messages.Alarm_HEATER_COOLER_FAILURE;
		case ARTERIAL_OUTLET_37 -> Messages.Alarm_ARTERIAL_OUTLET_37;
		case GRADIENT_10 -> Messages.Alarm_GRADIENT_10;
		case GRADIENT_4 -> Messages.Alarm_GRADIENT_4;
		case REWARMING_RATE -> Messages.Alarm_REWARMING_RATE;
		case DO2I_272 -> Messages.Alarm_DO2I_272;
		case DO2I_280 -> Messages.Alarm_DO2I_280;
		case LOW_SVO2 -> Messages.Alarm_LOW_SVO2;
		case LOW_MAP -> Messages.Alarm_LOW_MAP;
		case HIGH_MAP -> Messages.Alarm_HIGH_MAP;
		case LOW_ACT -> Messages.Alarm_LOW_ACT;
		case CARDIOPLEGIA_OVERDUE -> Messages.Alarm_CARDIOPLEGIA_OVERDUE;
		case LOW_SWEEP -> Messages.Alarm_LOW_SWEEP;
		};
	}

	static String fault(Fault fault) {
		return switch (fault) {
		case VENOUS_AIR -> Messages.Fault_VENOUS_AIR;
		case VENOUS_KINK -> Messages.Fault_VENOUS_KINK;
		case ARTERIAL_OCCLUSION -> Messages.Fault_ARTERIAL_OCCLUSION;
		case OXYGENATOR_FAILURE -> Messages.Fault_OXYGENATOR_FAILURE;
		case PUMP_FAILURE -> Messages.Fault_PUMP_FAILURE;
		case POWER_FAILURE -> Messages.Fault_POWER_FAILURE;
		case HEATER_COOLER_FAILURE -> Messages.Fault_HEATER_COOLER_FAILURE;
		case CANNULA_DISLODGEMENT -> Messages.Fault_CANNULA_DISLODGEMENT;
		};
	}
}
