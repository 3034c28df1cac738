package org.eccworkbench.sim;

import java.util.List;
import java.util.Map;

import org.eccworkbench.sim.internal.Messages;
import org.eclipse.osgi.util.NLS;

/** Which parameters each action requires, and which each fault kind takes. */
final class EventParameters {

	private EventParameters() {
	}

	static void check(Action action, Map<String, Double> numbers, Map<String, String> words, String path)
			throws ScenarioException {
		switch (action) {
		case SET_FLOW, SET_SWEEP -> require(numbers, "l_min", path); //$NON-NLS-1$
		case SET_RPM, HAND_CRANK -> require(numbers, "rpm", path); //$NON-NLS-1$
		case SET_FIO2 -> require(numbers, "percent", path); //$NON-NLS-1$
		case SET_WATER -> require(numbers, "c", path); //$NON-NLS-1$
		case CLAMP, UNCLAMP -> require(words, "line", path); //$NON-NLS-1$
		case SET_VACUUM -> require(numbers, "mmhg", path); //$NON-NLS-1$
		case SET_VENOUS_HEIGHT -> require(numbers, "cm", path); //$NON-NLS-1$
		case SET_SVR -> require(numbers, "mmhg_min_l", path); //$NON-NLS-1$
		case GIVE_FLUID -> require(numbers, "ml", path); //$NON-NLS-1$
		case GIVE_HEPARIN -> require(numbers, "units", path); //$NON-NLS-1$
		case CARDIOPLEGIA -> require(words, "dose", path); //$NON-NLS-1$
		case ULTRAFILTRATION, SUCTION, BLOOD_LOSS -> require(numbers, "ml_min", path); //$NON-NLS-1$
		case CLEAR_FAULT -> require(words, "kind", path); //$NON-NLS-1$
		case FAULT -> fault(numbers, words, path);
		default -> {
			// no parameter
		}
		}
	}

	private static void fault(Map<String, Double> numbers, Map<String, String> words, String path)
			throws ScenarioException {
		require(words, "kind", path); //$NON-NLS-1$
		Fault fault = Fault.of(words.get("kind")).orElseThrow(); //$NON-NLS-1$
		List<String> allowed = switch (fault) {
		case VENOUS_AIR -> List.of("ml_min"); //$NON-NLS-1$
		case VENOUS_KINK, ARTERIAL_OCCLUSION -> List.of("factor"); //$NON-NLS-1$
		case OXYGENATOR_FAILURE -> List.of("ramp_s", "residual"); //$NON-NLS-1$ //$NON-NLS-2$
		case CANNULA_DISLODGEMENT -> List.of("cannula"); //$NON-NLS-1$
		default -> List.of();
		};
		for (String name : numbers.keySet()) {
			if (!allowed.contains(name)) {
				throw new ScenarioException(NLS.bind(Messages.Scenario_notForFault, path + "." + name, fault.id())); //$NON-NLS-1$
			}
		}
		for (String name : words.keySet()) {
			if (!name.equals("kind") && !allowed.contains(name)) { //$NON-NLS-1$
				throw new ScenarioException(NLS.bind(Messages.Scenario_notForFault, path + "." + name, fault.id())); //$NON-NLS-1$
			}
		}
		for (String name : allowed) {
			if (!name.equals("ramp_s") && !name.equals("residual")) { //$NON-NLS-1$ //$NON-NLS-2$
				if (!numbers.containsKey(name) && !words.containsKey(name)) {
					throw new ScenarioException(NLS.bind(Messages.Scenario_missing, path + "." + name)); //$NON-NLS-1$
				}
			}
		}
	}

	private static void require(Map<String, ?> parameters, String name, String path) throws ScenarioException {
		if (!parameters.containsKey(name)) {
			throw new ScenarioException(NLS.bind(Messages.Scenario_missing, path + "." + name)); //$NON-NLS-1$
		}
	}
}
