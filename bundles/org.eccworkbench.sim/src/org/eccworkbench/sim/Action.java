package org.eccworkbench.sim;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * What a scenario event does. Each action lists its parameters: numbers with their range and
 * unit, and words with their allowed values; docs/scenarios.md describes them.
 */
public enum Action {
	BYPASS_ON("bypass_on", Map.of(), Map.of()),
	BYPASS_OFF("bypass_off", Map.of(), Map.of()),
	SET_FLOW("set_flow", Map.of("l_min", new double[] { 0, 10 }), Map.of()),
	SET_RPM("set_rpm", Map.of("rpm", new double[] { 0, 5000 }), Map.of()),
	RESUME_PUMP("resume_pump", Map.of(), Map.of()),
	SET_SWEEP("set_sweep", Map.of("l_min", new double[] { 0, 20 }), Map.of()),
	SET_FIO2("set_fio2", Map.of("percent", new double[] { 21, 100 }), Map.of()),
	SET_WATER("set_water", Map.of("c", new double[] { 4, 42 }), Map.of()),
	CLAMP("clamp", Map.of(), Map.of("line", new String[] { "venous", "arterial" })),
	UNCLAMP("unclamp", Map.of(), Map.of("line", new String[] { "venous", "arterial" })),
	SET_VACUUM("set_vacuum", Map.of("mmhg", new double[] { -100, 0 }), Map.of()),
	SET_VENOUS_HEIGHT("set_venous_height", Map.of("cm", new double[] { 0, 150 }), Map.of()),
	SET_SVR("set_svr", Map.of("mmhg_min_l", new double[] { 2, 40 }), Map.of()),
	GIVE_FLUID("give_fluid", Map.of("ml", new double[] { 1, 5000 }, "hct_percent", new double[] { 0, 80 }, "over_s",
			new double[] { 1, 3600 }), Map.of("to", new String[] { "reservoir", "patient" })),
	GIVE_HEPARIN("give_heparin", Map.of("units", new double[] { 1, 100000 }), Map.of()),
	CARDIOPLEGIA("cardioplegia", Map.of("ml", new double[] { 1, 3000 }), Map.of("dose", new String[] { "induction", "redose" })),
	CROSS_CLAMP_ON("cross_clamp_on", Map.of(), Map.of()),
	CROSS_CLAMP_OFF("cross_clamp_off", Map.of(), Map.of()),
	ULTRAFILTRATION("ultrafiltration", Map.of("ml_min", new double[] { 0, 200 }), Map.of()),
	SUCTION("suction", Map.of("ml_min", new double[] { 0, 2000 }), Map.of()),
	BLOOD_LOSS("blood_loss", Map.of("ml_min", new double[] { 0, 5000 }), Map.of()),
	HAND_CRANK("hand_crank", Map.of("rpm", new double[] { 0, 5000 }), Map.of()),
	RESTORE_POWER("restore_power", Map.of(), Map.of()),
	FAULT("fault", Map.of("ml_min", new double[] { 0, 2000 }, "factor", new double[] { 1, 1000 }, "ramp_s",
			new double[] { 0, 36000 }, "residual", new double[] { 0, 1 }),
			Map.of("kind", Fault.ids(), "cannula", new String[] { "arterial", "venous" })),
	CLEAR_FAULT("clear_fault", Map.of(), Map.of("kind", Fault.ids()));

	private final String id;
	private final Map<String, double[]> numbers;
	private final Map<String, String[]> words;

	Action(String id, Map<String, double[]> numbers, Map<String, String[]> words) {
		this.id = id;
		this.numbers = numbers;
		this.words = words;
	}

	public String id() {
		return id;
	}

	/** Number parameters: name → {min, max}. */
	public Map<String, double[]> numbers() {
		return numbers;
	}

	/** Word parameters: name → allowed values. */
	public Map<String, String[]> words() {
		return words;
	}

	/** Whether the action is an operator's (not a fault, not the bypass itself): used for response times. */
	public boolean operator() {
		return this != FAULT && this != BYPASS_ON;
	}

	public static Optional<Action> of(String id) {
		return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
	}

	public static String ids() {
		return String.join("|", Arrays.stream(values()).map(Action::id).toList()); //$NON-NLS-1$
	}
}
