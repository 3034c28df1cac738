package org.eccworkbench.console.simulated.server;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eccworkbench.console.simulated.protocol.Frame;
import org.eccworkbench.console.simulated.protocol.FrameTypes;
import org.eccworkbench.sim.CircuitException;
import org.eccworkbench.sim.SimulationSession;

/**
 * The virtual heart-lung machine: the simulation engine running its case, its mode, frame sequence
 * and faults, shared by the links that hosts open to it (one at a time). Produces the protocol's
 * frames as lines. Each TEL frame advances the simulated case by 1/rate s (in the engine's fixed
 * steps); once the run stops on an impossible state it keeps sending its last state.
 */
public final class VirtualConsole {

	private final ConsoleEngine engine;
	private final long seed;
	private final double rateHz;
	private final java.io.PrintStream log;
	final Faults faults = new Faults();
	private volatile String mode;
	private long sequence;

	/**
	 * @throws CircuitException when the engine cannot simulate the case's circuit
	 */
	public VirtualConsole(ConsoleCase consoleCase, long seed, double rateHz, String mode, java.io.PrintStream log)
			throws CircuitException {
		this.engine = new ConsoleEngine(consoleCase, seed);
		this.seed = seed;
		this.rateHz = rateHz;
		this.mode = mode;
		this.log = log;
	}

	/** The engine's session, for tests and the log: read it, do not step it. */
	public SimulationSession session() {
		return engine.session();
	}

	/** The values of the next frame (advancing the case by {@code dt} seconds), without sending them: for tests. */
	public synchronized Reading step(double dt) {
		return engine.step(dt);
	}

	/** The alarms that started or ended since the last frame or call: for tests. */
	public synchronized List<AlarmEvent> alarms() {
		return alarmsLogged();
	}

	/** Applies a host's command as if it came in a CMD frame; null when accepted, else why not: for tests. */
	public synchronized String apply(String module, String action, double value) {
		return mode.equals("clinical") ? "clinical mode" : engine.command(module, action, value);
	}

	/** Applies a physiology fault control line ({@code fault KIND ...}, {@code clear KIND}); null when applied, else why not. */
	public synchronized String fault(List<String> words) {
		return engine.fault(words);
	}

	private List<AlarmEvent> alarmsLogged() {
		List<AlarmEvent> alarms = engine.alarms();
		for (AlarmEvent alarm : alarms) {
			if (alarm.code().equals(ConsoleEngine.STOPPED)) {
				log.println(alarm.text());
				log.flush();
			}
		}
		return alarms;
	}

	double rateHz() {
		return rateHz;
	}

	String mode() {
		return mode;
	}

	void mode(String newMode) {
		mode = newMode;
	}

	/** HELLO, one MOD per module, READY. */
	synchronized List<String> description() {
		List<String> lines = new ArrayList<>();
		Map<String, String> hello = new LinkedHashMap<>();
		hello.put("proto", FrameTypes.VERSION);
		hello.put("vendor", "ECC Workbench");
		hello.put("model", "VH-1");
		hello.put("serial", "VH1-" + seed);
		hello.put("fw", "1.0");
		hello.put("mode", mode);
		hello.put("modules", Integer.toString(ModuleTable.MODULES.size()));
		lines.add(frame(FrameTypes.HELLO, hello));
		for (ModuleTable.ModuleDef module : ModuleTable.MODULES) {
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("id", module.id());
			fields.put("type", module.type());
			fields.put("label", module.label());
			fields.putAll(module.limits());
			fields.put("ch", String.join("|", module.channels()));
			lines.add(frame(FrameTypes.MODULE, fields));
		}
		lines.add(frame(FrameTypes.READY, Map.of()));
		return lines;
	}

	/** The next TEL frame (advancing the case by {@code dt} seconds), then its alarm frames. */
	synchronized List<String> next(double dt) {
		Reading reading = engine.step(dt);
		List<String> lines = new ArrayList<>(2);
		lines.add(telemetry(reading));
		for (AlarmEvent alarm : alarmsLogged()) {
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("t", micros(Instant.now()));
			fields.put("code", alarm.code());
			fields.put("prio", alarm.priority());
			fields.put("state", alarm.active() ? "on" : "off");
			fields.put("module", alarm.module());
			fields.put("text", alarm.text());
			lines.add(frame(FrameTypes.ALARM, fields));
		}
		return lines;
	}

	/** The MODE frame telling the current mode. */
	synchronized String modeFrame() {
		return frame(FrameTypes.MODE, Map.of("mode", mode));
	}

	/** Handles a CMD frame: applies it in simulation or training mode; returns the ACK frame. */
	synchronized String command(Frame command) {
		Map<String, String> ack = new LinkedHashMap<>();
		String id = command.get("id") == null ? "" : command.get("id");
		ack.put("id", id);
		String refusal;
		if (mode.equals("clinical")) {
			refusal = "clinical mode";
		} else {
			double value;
			try {
				value = Double.parseDouble(String.valueOf(command.get("value")));
			} catch (NumberFormatException e) {
				value = Double.NaN;
			}
			refusal = engine.command(String.valueOf(command.get("module")), String.valueOf(command.get("action")), value);
		}
		ack.put("result", refusal == null ? "accepted" : "refused");
		if (refusal != null) {
			ack.put("reason", refusal);
		}
		return frame(FrameTypes.ACK, ack);
	}

	private String telemetry(Reading reading) {
		StringBuilder body = new StringBuilder(600).append(FrameTypes.TELEMETRY).append(',').append(sequence++).append(",t=")
				.append(micros(Instant.now()));
		double[] values = reading.values();
		for (int i = 0; i < values.length; i++) {
			body.append(',').append(ModuleTable.CHANNELS.get(i)).append('=');
			if (Double.isNaN(values[i])) {
				body.append(FrameTypes.INVALID);
			} else {
				appendFixed(body, values[i]);
				if (reading.questionable()[i]) {
					body.append(FrameTypes.QUESTIONABLE);
				}
			}
		}
		return Frame.seal(body);
	}

	private String frame(String type, Map<String, String> fields) {
		return new Frame(type, sequence++, fields).encode();
	}

	static String micros(Instant time) {
		return Long.toString(time.getEpochSecond() * 1_000_000L + time.getNano() / 1_000);
	}

	/** {@code value} with three decimals, without the cost of a formatter. */
	static void appendFixed(StringBuilder out, double value) {
		long thousandths = Math.round(value * 1000);
		if (thousandths < 0) {
			out.append('-');
			thousandths = -thousandths;
		}
		out.append(thousandths / 1000).append('.');
		long fraction = thousandths % 1000;
		if (fraction < 100) {
			out.append('0');
		}
		if (fraction < 10) {
			out.append('0');
		}
		out.append(fraction);
	}
}
