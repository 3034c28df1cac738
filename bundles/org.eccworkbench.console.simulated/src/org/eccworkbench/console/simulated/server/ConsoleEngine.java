package org.eccworkbench.console.simulated.server;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eccworkbench.model.circuit.CentrifugalPump;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.HeaterCooler;
import org.eccworkbench.model.circuit.Pump;
import org.eccworkbench.model.circuit.PumpRole;
import org.eccworkbench.model.circuit.Reservoir;
import org.eccworkbench.sim.Action;
import org.eccworkbench.sim.AlarmId;
import org.eccworkbench.sim.CircuitException;
import org.eccworkbench.sim.Fault;
import org.eccworkbench.sim.ScenarioException;
import org.eccworkbench.sim.ScenarioReader;
import org.eccworkbench.sim.Signal;
import org.eccworkbench.sim.SimulationSession;
import org.eccworkbench.sim.SimulationSetup;

/**
 * The simulation engine behind the virtual console: a {@link SimulationSession} of the case,
 * advanced at a fixed step as frames ask for time, its signals mapped onto VH-1's channels and its
 * alarms onto VH-1's alarm codes (docs/console-protocol.md, "VH-1: what drives the values").
 * Channels the engine does not model are sent as {@code --}; pump heads the circuit lacks are idle.
 * Not thread-safe: the virtual console holds its lock.
 */
final class ConsoleEngine {

	/** The engine's fixed step, ms. */
	static final double STEP_MS = 10;

	/** One VH-1 alarm code for an engine alarm: the console module it sounds on, and its text. */
	record AlarmCode(String code, String module, String text) {
	}

	private final SimulationSession session;
	private final double stepS;
	private final boolean centrifugal;
	private final boolean cardioplegiaPump;
	private final boolean ventPump;
	private final boolean reservoir;
	private final boolean heaterCooler;
	private final Map<AlarmId, AlarmCode> codes;
	private final int n = ModuleTable.CHANNELS.size();
	private Set<AlarmId> active = EnumSet.noneOf(AlarmId.class);
	private double askedS;
	private double lastCardioplegiaMl;
	private double lastCardioplegiaS;
	private double cardioplegiaLMin;
	private boolean endReported;
	private long readAt = -1;
	private long alarmsAt = -1;
	private Reading last;

	ConsoleEngine(ConsoleCase consoleCase, long seed) throws CircuitException {
		Circuit circuit = consoleCase.circuit();
		Pump arterial = null;
		boolean cp = false;
		boolean vent = false;
		boolean res = false;
		boolean hc = false;
		for (Component component : circuit.getComponents()) {
			if (component instanceof Pump pump) {
				if (pump.getRole() == PumpRole.ARTERIAL && arterial == null) {
					arterial = pump;
				}
				cp |= pump.getRole() == PumpRole.CARDIOPLEGIA;
				vent |= pump.getRole() == PumpRole.VENT;
			}
			res |= component instanceof Reservoir;
			hc |= component instanceof HeaterCooler;
		}
		centrifugal = arterial instanceof CentrifugalPump;
		cardioplegiaPump = cp;
		ventPump = vent;
		reservoir = res;
		heaterCooler = hc;
		codes = codes(centrifugal ? "C1" : "P1");
		session = SimulationSession.start(new SimulationSetup(circuit, consoleCase.patient(), consoleCase.scenario(),
				ScenarioReader.MAX_TIME_S, STEP_MS, 1, seed, null));
		stepS = session.stepS();
	}

	SimulationSession session() {
		return session;
	}

	/** The module of the arterial pump: {@code P1} (roller) or {@code C1} (centrifugal). */
	String arterialModule() {
		return centrifugal ? "C1" : "P1";
	}

	/**
	 * Advances the session by whole steps until it has simulated the time the frames asked for
	 * ({@code dt} more seconds), then reads the channels.
	 */
	Reading step(double dt) {
		askedS += dt;
		long target = Math.round(askedS / stepS);
		while (session.steps() < target && session.step()) {
			// One fixed step at a time.
		}
		long steps = session.steps();
		if (steps != readAt || last == null) {
			last = reading();
			readAt = steps;
		}
		return last;
	}

	private Reading reading() {
		double[] s = session.signals();
		double t = session.timeS();
		double[] v = new double[n];
		boolean[] q = new boolean[n];
		double rpm = s[Signal.PUMP_RPM.ordinal()];
		double flow = s[Signal.PUMP_FLOW_L_MIN.ordinal()];
		set(v, "p1.rpm", centrifugal ? 0 : rpm);
		set(v, "p1.flow", centrifugal ? 0 : flow);
		set(v, "c1.rpm", centrifugal ? rpm : 0);
		set(v, "c1.flow", centrifugal ? flow : 0);
		double cardioplegiaMl = s[Signal.CARDIOPLEGIA_ML.ordinal()];
		if (t > lastCardioplegiaS) {
			cardioplegiaLMin = Math.max(0, cardioplegiaMl - lastCardioplegiaMl) / (t - lastCardioplegiaS) * 60 / 1000;
			lastCardioplegiaMl = cardioplegiaMl;
			lastCardioplegiaS = t;
		}
		// The engine delivers cardioplegia at a rate but has no speed for its pump, nor a vent pump.
		set(v, "p2.rpm", cardioplegiaPump ? Double.NaN : 0);
		set(v, "p2.flow", cardioplegiaPump ? cardioplegiaLMin : 0);
		set(v, "p3.rpm", ventPump ? Double.NaN : 0);
		set(v, "p3.flow", ventPump ? Double.NaN : 0);
		set(v, "art.pressure", s[Signal.ARTERIAL_LINE_MMHG.ordinal()]);
		set(v, "preoxy.pressure", s[Signal.PRE_OXYGENATOR_MMHG.ordinal()]);
		set(v, "cp.pressure", Double.NaN);
		set(v, "art.temp", s[Signal.ARTERIAL_OUTLET_C.ordinal()]);
		set(v, "ven.temp", s[Signal.VENOUS_INFLOW_C.ordinal()]);
		set(v, "np.temp", s[Signal.CORE_C.ordinal()]);
		// The arterial line's flow probe: the engine's pump flow (it has no other arterial-line flow).
		set(v, "art.flow", flow);
		set(v, "res.level", reservoir ? s[Signal.RESERVOIR_ML.ordinal()] : Double.NaN);
		set(v, "art.bubble", session.activeAlarms().contains(AlarmId.BUBBLE) ? 1 : 0);
		set(v, "bg.pao2", s[Signal.PAO2_MMHG.ordinal()]);
		set(v, "bg.paco2", s[Signal.PACO2_MMHG.ordinal()]);
		set(v, "bg.ph", Double.NaN);
		set(v, "bg.svo2", s[Signal.SVO2_PERCENT.ordinal()]);
		set(v, "bg.hct", s[Signal.HCT_PERCENT.ordinal()]);
		set(v, "bg.k", Double.NaN);
		set(v, "gas.fio2", s[Signal.FIO2_PERCENT.ordinal()]);
		set(v, "gas.sweep", s[Signal.SWEEP_L_MIN.ordinal()]);
		set(v, "hc.water", heaterCooler ? s[Signal.WATER_C.ordinal()] : Double.NaN);
		set(v, "hc.flow", Double.NaN);
		set(v, "cpb.time", Math.floor(session.scores().bypassMinutes() * 60 + 1e-6));
		set(v, "xclamp.time", Math.floor(s[Signal.CROSS_CLAMP_MIN.ordinal()] * 60 + 1e-6));
		for (int i = 0; i < n; i++) {
			if (Double.isInfinite(v[i])) {
				v[i] = Double.NaN;
			}
		}
		return new Reading(t, v, q);
	}

	private static void set(double[] v, String channel, double value) {
		v[ModuleTable.indexOf(channel)] = value;
	}

	/**
	 * The alarms that started or ended since the last call, in {@link AlarmId} order, and once the
	 * alarm that the run stopped (an impossible state) or reached its end.
	 */
	List<AlarmEvent> alarms() {
		List<AlarmEvent> events = new ArrayList<>();
		long steps = session.steps();
		if (steps == alarmsAt && (endReported || session.running())) {
			return events;
		}
		alarmsAt = steps;
		Set<AlarmId> now = session.activeAlarms();
		for (AlarmId id : AlarmId.values()) {
			boolean on = now.contains(id);
			if (on != active.contains(id)) {
				AlarmCode code = codes.get(id);
				events.add(new AlarmEvent(code.code(), id.priority().id(), on, code.module(), code.text()));
			}
		}
		active = now.isEmpty() ? EnumSet.noneOf(AlarmId.class) : EnumSet.copyOf(now);
		if (!endReported && !session.running()) {
			endReported = true;
			events.add(new AlarmEvent(STOPPED, "high", true, "TM1", stopText()));
		}
		return events;
	}

	/** The code of the alarm raised when the session stops or ends; it stays on. */
	static final String STOPPED = "SIMULATION_STOPPED";

	/** Why the session no longer advances, for the alarm and the log. */
	String stopText() {
		return session.stopCause().map(cause -> "Simulation stopped: " + cause + "; the console keeps the last state")
				.orElse("Simulation reached its end; the console keeps the last state");
	}

	/**
	 * Applies a host's command as an operator's action; returns null when accepted, else why not.
	 */
	String command(String module, String action, double value) {
		if (!Double.isFinite(value) || value < 0) {
			return "value out of range";
		}
		switch (module + " " + action) {
		case "P1 set-rpm", "P2 set-rpm", "P3 set-rpm" -> {
			if (value > 250) {
				return "above 250 rpm";
			}
			if (!module.equals(arterialModule())) {
				return "this pump head is not simulated";
			}
			return act(Action.SET_RPM, Map.of("rpm", value), Map.of());
		}
		case "C1 set-rpm" -> {
			if (value > 5000) {
				return "above 5000 rpm";
			}
			if (!module.equals(arterialModule())) {
				return "the circuit's arterial pump is a roller pump";
			}
			return act(Action.SET_RPM, Map.of("rpm", value), Map.of());
		}
		case "GB1 set-fio2" -> {
			if (value < 21 || value > 100) {
				return "FiO2 must be 21 to 100 %";
			}
			return act(Action.SET_FIO2, Map.of("percent", value), Map.of());
		}
		case "GB1 set-sweep" -> {
			if (value < 0.2 || value > 10) {
				return "sweep must be 0.2 to 10 L/min";
			}
			return act(Action.SET_SWEEP, Map.of("l_min", value), Map.of());
		}
		case "HC1 set-water-temp" -> {
			if (value < 4 || value > 42) {
				return "water must be 4 to 42 degC";
			}
			return act(Action.SET_WATER, Map.of("c", value), Map.of());
		}
		default -> {
			return "unknown command";
		}
		}
	}

	/**
	 * A physiology fault from a control line: {@code fault KIND [VALUE] [NAME=VALUE ...]} or
	 * {@code clear KIND}. VALUE is the kind's main parameter: {@code ml_min} of venous air,
	 * the {@code factor} of a kink or occlusion, the {@code residual} transfer of a failing
	 * oxygenator, the {@code cannula} that comes out. Returns null when applied, else why not.
	 */
	String fault(List<String> words) {
		boolean clear = words.get(0).equals("clear");
		if (words.size() < 2) {
			return "which fault? " + String.join("|", faultIds());
		}
		String kind = words.get(1);
		if (Fault.of(kind).isEmpty()) {
			return "unknown fault " + kind + ", expected " + String.join("|", faultIds());
		}
		Map<String, Double> numbers = new LinkedHashMap<>();
		Map<String, String> named = new LinkedHashMap<>();
		named.put("kind", kind);
		for (int i = 2; i < words.size(); i++) {
			String word = words.get(i);
			int equals = word.indexOf('=');
			String name = equals < 0 ? mainParameter(kind) : word.substring(0, equals);
			String value = equals < 0 ? word : word.substring(equals + 1);
			if (name == null) {
				return "fault " + kind + " takes no value";
			}
			if (Action.FAULT.words().containsKey(name)) {
				named.put(name, value);
			} else {
				try {
					numbers.put(name, Double.parseDouble(value));
				} catch (NumberFormatException e) {
					return name + " must be a number, got " + value;
				}
			}
		}
		if (clear) {
			if (words.size() > 2) {
				return "clear takes only the fault's kind";
			}
			return act(Action.CLEAR_FAULT, Map.of(), Map.of("kind", kind));
		}
		return act(Action.FAULT, numbers, named);
	}

	private static String mainParameter(String kind) {
		return switch (Fault.of(kind).orElseThrow()) {
		case VENOUS_AIR -> "ml_min";
		case VENOUS_KINK, ARTERIAL_OCCLUSION -> "factor";
		case OXYGENATOR_FAILURE -> "residual";
		case CANNULA_DISLODGEMENT -> "cannula";
		case PUMP_FAILURE, POWER_FAILURE, HEATER_COOLER_FAILURE -> null;
		};
	}

	private static List<String> faultIds() {
		return java.util.Arrays.stream(Fault.values()).map(Fault::id).toList();
	}

	private String act(Action action, Map<String, Double> numbers, Map<String, String> words) {
		if (!session.running()) {
			return stopText();
		}
		try {
			session.act(action, numbers, words);
			return null;
		} catch (ScenarioException e) {
			return e.getMessage();
		}
	}

	/** VH-1's code, module and text for each engine alarm (docs/console-protocol.md). */
	private static Map<AlarmId, AlarmCode> codes(String pump) {
		Map<AlarmId, AlarmCode> codes = new java.util.EnumMap<>(AlarmId.class);
		codes.put(AlarmId.LOW_LEVEL, new AlarmCode("LEVEL_LOW", "L1", "Reservoir below its minimum operating level"));
		codes.put(AlarmId.BUBBLE, new AlarmCode("AIR_DETECTED", "B1", "Air detected in the arterial line"));
		codes.put(AlarmId.HIGH_LINE_PRESSURE, new AlarmCode("ART_PRESSURE_HIGH", "PR1", "Arterial line pressure high"));
		codes.put(AlarmId.BACKFLOW, new AlarmCode("BACKFLOW", "C1", "Centrifugal pump flow reversed"));
		codes.put(AlarmId.PUMP_FAILURE, new AlarmCode("PUMP_FAILURE", pump, "Arterial pump drive failed"));
		codes.put(AlarmId.POWER_FAILURE, new AlarmCode("POWER_FAILURE", pump, "Mains power lost"));
		codes.put(AlarmId.HEATER_COOLER_FAILURE, new AlarmCode("HC_FAILURE", "HC1", "Heater-cooler stopped circulating water"));
		codes.put(AlarmId.ARTERIAL_OUTLET_37, new AlarmCode("ART_TEMP_HIGH", "T1", "Arterial outlet at or above 37 degC"));
		codes.put(AlarmId.GRADIENT_10,
				new AlarmCode("TEMP_GRADIENT_10", "T1", "Arterial-venous temperature gradient above 10 degC"));
		codes.put(AlarmId.GRADIENT_4,
				new AlarmCode("TEMP_GRADIENT", "T1", "Rewarming gradient above 4 degC with the arterial outlet at 30 degC or more"));
		codes.put(AlarmId.REWARMING_RATE, new AlarmCode("REWARMING_FAST", "T1", "Rewarming faster than 0.5 degC/min"));
		codes.put(AlarmId.DO2I_272, new AlarmCode("DO2I_LOW", "BG1", "DO2i below 272 mL/min/m2"));
		codes.put(AlarmId.DO2I_280, new AlarmCode("DO2I_BELOW_GOAL", "BG1", "DO2i below 280 mL/min/m2"));
		codes.put(AlarmId.LOW_SVO2, new AlarmCode("SVO2_LOW", "BG1", "Venous saturation below 75 %"));
		codes.put(AlarmId.LOW_MAP, new AlarmCode("MAP_LOW", "", "Mean arterial pressure below 50 mmHg"));
		codes.put(AlarmId.HIGH_MAP, new AlarmCode("MAP_HIGH", "", "Mean arterial pressure above 80 mmHg"));
		codes.put(AlarmId.LOW_ACT, new AlarmCode("ACT_LOW", "", "ACT below its target"));
		codes.put(AlarmId.CARDIOPLEGIA_OVERDUE, new AlarmCode("CARDIOPLEGIA_DUE", "P2", "Cardioplegia re-dose due"));
		codes.put(AlarmId.LOW_SWEEP, new AlarmCode("SWEEP_LOW", "GB1", "Blood flowing with a sweep below 0.5 L/min"));
		return codes;
	}
}
