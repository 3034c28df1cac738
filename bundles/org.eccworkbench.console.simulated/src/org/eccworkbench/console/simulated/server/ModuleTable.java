package org.eccworkbench.console.simulated.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The modules of the virtual heart-lung machine VH-1, as its MOD frames describe them, and the
 * order of its channels in every TEL frame. The layout follows a typical adult console: three
 * roller pump heads (arterial, cardioplegia, vent), a centrifugal drive, pressure, temperature,
 * flow, level and bubble detectors, an in-line blood gas monitor, a gas blender, a heater-cooler
 * and timers.
 */
public final class ModuleTable {

	/** One module: its MOD frame fields and its channels ({@code id:unit}). */
	public record ModuleDef(String id, String type, String label, Map<String, String> limits, List<String> channels) {
	}

	public static final List<ModuleDef> MODULES = List.of(
			module("P1", "roller-pump", "Arterial roller pump (6 in)", limits("maxrpm", "250", "boots", "3/8|1/2"),
					"p1.rpm:rpm", "p1.flow:L/min"),
			module("P2", "roller-pump", "Cardioplegia roller pump (4 in)", limits("maxrpm", "250", "boots", "1/4|3/8"),
					"p2.rpm:rpm", "p2.flow:L/min"),
			module("P3", "roller-pump", "Vent roller pump (4 in)", limits("maxrpm", "250", "boots", "1/4|3/8"),
					"p3.rpm:rpm", "p3.flow:L/min"),
			module("C1", "centrifugal-drive", "Centrifugal drive", limits("maxrpm", "5000"), "c1.rpm:rpm", "c1.flow:L/min"),
			module("PR1", "pressure", "Arterial line pressure", limits("min", "-300", "max", "800"), "art.pressure:mmHg"),
			module("PR2", "pressure", "Pre-oxygenator pressure", limits("min", "-300", "max", "800"), "preoxy.pressure:mmHg"),
			module("PR3", "pressure", "Cardioplegia line pressure", limits("min", "-300", "max", "800"), "cp.pressure:mmHg"),
			module("T1", "temperature", "Arterial outlet temperature", limits("min", "0", "max", "45"), "art.temp:Cel"),
			module("T2", "temperature", "Venous inlet temperature", limits("min", "0", "max", "45"), "ven.temp:Cel"),
			module("T3", "temperature", "Patient nasopharyngeal temperature", limits("min", "0", "max", "45"),
					"np.temp:Cel"),
			module("F1", "flow", "Arterial flow probe", limits("min", "-2", "max", "10"), "art.flow:L/min"),
			module("L1", "level", "Reservoir level", limits("min", "0", "max", "4000"), "res.level:mL"),
			module("B1", "bubble", "Arterial bubble detector", limits(), "art.bubble:1"),
			module("BG1", "blood-gas", "In-line blood gas monitor", limits(), "bg.pao2:mmHg", "bg.paco2:mmHg", "bg.ph:pH",
					"bg.svo2:%", "bg.hct:%", "bg.k:mmol/L"),
			module("GB1", "gas-blender", "Gas blender", limits("min", "21", "max", "100"), "gas.fio2:%", "gas.sweep:L/min"),
			module("HC1", "heater-cooler", "Heater-cooler", limits("min", "4", "max", "42"), "hc.water:Cel",
					"hc.flow:L/min"),
			module("TM1", "timer", "Timers", limits(), "cpb.time:s", "xclamp.time:s"));

	/** Every channel identifier, in TEL order. */
	public static final List<String> CHANNELS = channels();

	private ModuleTable() {
	}

	/** The index of a channel in TEL order, or -1. */
	public static int indexOf(String channel) {
		return CHANNELS.indexOf(channel);
	}

	private static ModuleDef module(String id, String type, String label, Map<String, String> limits, String... channels) {
		return new ModuleDef(id, type, label, limits, List.of(channels));
	}

	private static Map<String, String> limits(String... pairs) {
		Map<String, String> limits = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			limits.put(pairs[i], pairs[i + 1]);
		}
		return limits;
	}

	private static List<String> channels() {
		List<String> all = new ArrayList<>();
		MODULES.forEach(m -> m.channels().forEach(c -> all.add(c.substring(0, c.indexOf(':')))));
		return List.copyOf(all);
	}
}
