package org.eccworkbench.console.simulated.server;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic profile of an adult bypass case (docs/console-protocol.md, "Profile"), until
 * the simulation runtime replaces it: the same seed and step give the same values. Going on
 * bypass over two minutes to 4.6 L/min (2.4 L/min/m2 for 1.9 m2) on a 1/2 in boot (45 mL per
 * revolution), cooling to 32 degC, cardioplegia every 20 minutes, rewarming from 50 minutes;
 * pressures follow flow, blood gases follow the gas blender, the reservoir level wanders.
 * Commands override the pump speeds, FiO2, sweep and water temperature.
 */
public final class ProfileGenerator {

	static final double ARTERIAL_STROKE_ML = 45;
	static final double SMALL_STROKE_ML = 13;
	static final double TARGET_FLOW_L_MIN = 4.6;

	private final SplittableRandom random;
	private final int n = ModuleTable.CHANNELS.size();
	private final Alarms alarms = new Alarms();
	private double t;
	private double level = 1200;
	private double potassiumBoost;
	private boolean bubble;
	private Double arterialRpm;
	private Double cardioplegiaRpm;
	private Double ventRpm;
	private Double centrifugalRpm;
	private Double fio2;
	private Double sweep;
	private Double waterTemp;

	public ProfileGenerator(long seed) {
		this.random = new SplittableRandom(seed);
	}

	/** Advances the profile by {@code dt} seconds and returns the values at the new time. */
	public Reading step(double dt) {
		t += dt;
		double[] v = new double[n];
		boolean[] q = new boolean[n];
		double p1 = arterialRpm != null ? arterialRpm : TARGET_FLOW_L_MIN * 1000 / ARTERIAL_STROKE_ML * Math.min(1, t / 120);
		p1 = Math.max(0, p1 + noise(0.3));
		double p2 = cardioplegiaRpm != null ? cardioplegiaRpm : cardioplegiaRunning() ? 23 : 0;
		double p3 = ventRpm != null ? ventRpm : t > 60 ? 15 : 0;
		double c1 = centrifugalRpm != null ? centrifugalRpm : 0;
		double flow = p1 * ARTERIAL_STROKE_ML / 1000;
		set(v, "p1.rpm", p1);
		set(v, "p1.flow", flow);
		set(v, "p2.rpm", p2);
		set(v, "p2.flow", p2 * SMALL_STROKE_ML / 1000);
		set(v, "p3.rpm", p3);
		set(v, "p3.flow", p3 * SMALL_STROKE_ML / 1000);
		set(v, "c1.rpm", c1);
		set(v, "c1.flow", c1 > 1500 ? (c1 - 1500) / 500 : 0);
		double line = 70 + 30 * flow + noise(3);
		set(v, "art.pressure", line);
		set(v, "preoxy.pressure", line + 10.5 * flow + noise(2));
		set(v, "cp.pressure", p2 > 0 ? 120 + 2.5 * p2 + noise(4) : noise(1));
		double arterial = arterialTemperature();
		double venous = arterial + (t < 3000 ? 1.0 : -1.5) * Math.min(1, t / 300) + noise(0.05);
		set(v, "art.temp", arterial + noise(0.05));
		set(v, "ven.temp", venous);
		set(v, "np.temp", venous + 0.3 + noise(0.05));
		set(v, "art.flow", flow * (1 + noise(0.01)));
		level = Math.max(150, Math.min(2500, level + noise(4) * Math.sqrt(dt * 10) + (1100 - level) * 0.002 * dt));
		set(v, "res.level", level);
		bubble = random.nextDouble() < dt / 1800;
		set(v, "art.bubble", bubble ? 1 : 0);
		bloodGas(v, q, venous);
		set(v, "gas.fio2", fio2());
		set(v, "gas.sweep", sweep());
		set(v, "hc.water", waterTemp != null ? waterTemp : arterial + (t < 3000 ? -2 : 2));
		set(v, "hc.flow", 15 + noise(0.2));
		set(v, "cpb.time", Math.floor(t));
		set(v, "xclamp.time", t > 240 ? Math.floor(t - 240) : 0);
		potassiumBoost = cardioplegiaRunning() ? Math.min(1.2, potassiumBoost + 0.02 * dt) : potassiumBoost * Math.exp(-dt / 300);
		return new Reading(t, v, q);
	}

	private void bloodGas(double[] v, boolean[] q, double venous) {
		if (t < 30) {
			for (String channel : List.of("bg.pao2", "bg.paco2", "bg.ph", "bg.svo2", "bg.hct", "bg.k")) {
				set(v, channel, Double.NaN);
			}
			return;
		}
		double paco2 = 92 / sweep() + noise(0.5);
		set(v, "bg.pao2", fio2() * 4.2 + noise(3));
		set(v, "bg.paco2", paco2);
		set(v, "bg.ph", 7.40 - 0.008 * (paco2 - 40) + noise(0.005));
		set(v, "bg.svo2", Math.min(90, 72 + (37 - venous) * 1.5 + noise(0.3)));
		set(v, "bg.hct", 25.5 + noise(0.2));
		set(v, "bg.k", 4.2 + potassiumBoost + noise(0.03));
		if (t < 60) {
			for (String channel : List.of("bg.pao2", "bg.paco2", "bg.ph", "bg.svo2", "bg.hct", "bg.k")) {
				q[ModuleTable.indexOf(channel)] = true;
			}
		}
	}

	/** Cooling from 36.5 to 32 degC between 2 and 20 minutes, rewarming from 50 to 70 minutes. */
	private double arterialTemperature() {
		if (t < 120) {
			return 36.5;
		}
		if (t < 1200) {
			return 36.5 - 4.5 * (t - 120) / 1080;
		}
		if (t < 3000) {
			return 32;
		}
		return t < 4200 ? 32 + 4.5 * (t - 3000) / 1200 : 36.5;
	}

	private boolean cardioplegiaRunning() {
		return t >= 300 && (t - 300) % 1200 < 60;
	}

	private double fio2() {
		return fio2 != null ? fio2 : 60;
	}

	private double sweep() {
		return sweep != null ? sweep : 2.3;
	}

	private double noise(double scale) {
		return (random.nextDouble() * 2 - 1) * scale;
	}

	private static void set(double[] v, String channel, double value) {
		v[ModuleTable.indexOf(channel)] = value;
	}

	/** The alarms that start or end with {@code reading}. */
	public List<AlarmEvent> alarms(Reading reading) {
		return alarms.update(reading);
	}

	/**
	 * Applies a command; returns null when accepted, else why not (in English: the protocol's
	 * reasons are for logs).
	 */
	public String apply(String module, String action, double value) {
		if (!Double.isFinite(value) || value < 0) {
			return "value out of range";
		}
		switch (module + " " + action) {
		case "P1 set-rpm", "P2 set-rpm", "P3 set-rpm" -> {
			if (value > 250) {
				return "above 250 rpm";
			}
			if (module.equals("P1")) {
				arterialRpm = value;
			} else if (module.equals("P2")) {
				cardioplegiaRpm = value;
			} else {
				ventRpm = value;
			}
		}
		case "C1 set-rpm" -> {
			if (value > 5000) {
				return "above 5000 rpm";
			}
			centrifugalRpm = value;
		}
		case "GB1 set-fio2" -> {
			if (value < 21 || value > 100) {
				return "FiO2 must be 21 to 100 %";
			}
			fio2 = value;
		}
		case "GB1 set-sweep" -> {
			if (value < 0.2 || value > 10) {
				return "sweep must be 0.2 to 10 L/min";
			}
			sweep = value;
		}
		case "HC1 set-water-temp" -> {
			if (value < 4 || value > 42) {
				return "water must be 4 to 42 degC";
			}
			waterTemp = value;
		}
		default -> {
			return "unknown command";
		}
		}
		return null;
	}

	/** Alarm conditions with hysteresis, so that noise does not make them flicker. */
	private static final class Alarms {
		private final List<String> active = new ArrayList<>();

		List<AlarmEvent> update(Reading r) {
			List<AlarmEvent> events = new ArrayList<>();
			double level = r.values()[ModuleTable.indexOf("res.level")];
			double line = r.values()[ModuleTable.indexOf("art.pressure")];
			double bubble = r.values()[ModuleTable.indexOf("art.bubble")];
			double gradient = Math.abs(r.values()[ModuleTable.indexOf("art.temp")] - r.values()[ModuleTable.indexOf("ven.temp")]);
			toggle(events, "LEVEL_LOW", "medium", "L1", "Reservoir level low", level < 400, level > 450);
			toggle(events, "LEVEL_CRITICAL", "high", "L1", "Reservoir level critical", level < 200, level > 250);
			toggle(events, "ART_PRESSURE_HIGH", "high", "PR1", "Arterial line pressure high", line > 300, line < 280);
			toggle(events, "AIR_DETECTED", "high", "B1", "Air detected in the arterial line", bubble > 0, bubble == 0);
			toggle(events, "TEMP_GRADIENT", "low", "T1", "Arterial-venous temperature gradient above 4 degC", gradient > 4,
					gradient < 3.5);
			return events;
		}

		private void toggle(List<AlarmEvent> events, String code, String priority, String module, String text, boolean on,
				boolean off) {
			if (on && !active.contains(code)) {
				active.add(code);
				events.add(new AlarmEvent(code, priority, true, module, text));
			} else if (off && active.remove(code)) {
				events.add(new AlarmEvent(code, priority, false, module, text));
			}
		}
	}
}
