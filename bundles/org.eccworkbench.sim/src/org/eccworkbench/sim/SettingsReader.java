package org.eccworkbench.sim;

import java.util.Map;
import java.util.Set;

import org.eccworkbench.sim.internal.Messages;
import org.eclipse.osgi.util.NLS;

/** Reads the {@code settings} object of a scenario. */
final class SettingsReader {

	private static final Set<String> KEYS = Set.of("level_detector", "bubble_detector", "pressure_servo", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"line_pressure_high_mmhg", "act_target_s", "svo2_low_percent", "heparin_u_per_kg", "reservoir_prime_ml", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"venous_height_cm", "fio2_percent", "sweep_l_min", "water_c", "flow_l_min", "svr_mmhg_min_l", "vacuum_mmhg"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

	private SettingsReader() {
	}

	static ScenarioSettings read(Map<String, Object> json) throws ScenarioException {
		ScenarioReader.onlyKnown(json, KEYS, "settings"); //$NON-NLS-1$
		return new ScenarioSettings(mode(json, "level_detector", true), mode(json, "bubble_detector", false), //$NON-NLS-1$ //$NON-NLS-2$
				mode(json, "pressure_servo", true), number(json, "line_pressure_high_mmhg", 50, 1000), //$NON-NLS-1$ //$NON-NLS-2$
				number(json, "act_target_s", 100, 1500), number(json, "svo2_low_percent", 0, 100), //$NON-NLS-1$ //$NON-NLS-2$
				number(json, "heparin_u_per_kg", 0, 1000), number(json, "reservoir_prime_ml", 0, 10000), //$NON-NLS-1$ //$NON-NLS-2$
				number(json, "venous_height_cm", 0, 150), number(json, "fio2_percent", 21, 100), //$NON-NLS-1$ //$NON-NLS-2$
				number(json, "sweep_l_min", 0, 20), number(json, "water_c", 4, 42), number(json, "flow_l_min", 0, 10), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				number(json, "svr_mmhg_min_l", 2, 40), number(json, "vacuum_mmhg", -100, 0)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static ServoMode mode(Map<String, Object> json, String key, boolean slowAllowed) throws ScenarioException {
		if (!json.containsKey(key)) {
			return ServoMode.STOP;
		}
		String path = "settings." + key; //$NON-NLS-1$
		String word = ScenarioReader.string(json.get(key), path);
		ServoMode mode = ServoMode.of(word).filter(m -> slowAllowed || m != ServoMode.SLOW).orElse(null);
		if (mode == null) {
			throw new ScenarioException(NLS.bind(Messages.Scenario_badWord,
					new Object[] { path, slowAllowed ? "stop|slow|off" : "stop|off", word })); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return mode;
	}

	private static double number(Map<String, Object> json, String key, double min, double max) throws ScenarioException {
		return json.containsKey(key) ? ScenarioReader.number(json.get(key), "settings." + key, min, max) : Double.NaN; //$NON-NLS-1$
	}
}
