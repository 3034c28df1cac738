package org.eccworkbench.console.simulated.server;

import java.util.List;

/**
 * How {@code eccw console serve} runs the virtual console: on a TCP port (0 picks a free one) or
 * on a pseudo-terminal, with a seed, a frame rate, a starting mode, and the circuit and scenario the
 * simulation engine runs ({@code circuit} and {@code scenario} are file paths, or null for the
 * shipped adult template and the nominal scenario).
 */
public record ServerOptions(Integer port, String bind, String pty, long seed, double rateHz, String mode, String circuit,
		String scenario) {

	/** The modes the virtual console can be in. */
	public static final List<String> MODES = List.of("simulation", "training", "clinical");

	/**
	 * Reads {@code --port N | --pty PATH} {@code [--bind ADDR] [--seed N] [--rate HZ] [--mode M]
	 * [--circuit FILE.ecc] [--scenario FILE.json]}.
	 *
	 * @throws IllegalArgumentException with a message for the user
	 */
	public static ServerOptions parse(List<String> args) {
		Integer port = null;
		String bind = "127.0.0.1";
		String pty = null;
		long seed = 1;
		double rate = 10;
		String mode = "simulation";
		String circuit = null;
		String scenario = null;
		for (int i = 0; i < args.size(); i++) {
			String name = args.get(i);
			if (i + 1 >= args.size()) {
				throw new IllegalArgumentException(ServerText.get("serve.missingValue", name));
			}
			String value = args.get(++i);
			try {
				switch (name) {
				case "--port" -> port = Integer.parseInt(value);
				case "--bind" -> bind = value;
				case "--pty" -> pty = value;
				case "--seed" -> seed = Long.parseLong(value);
				case "--rate" -> rate = Double.parseDouble(value);
				case "--mode" -> mode = value;
				case "--circuit" -> circuit = value;
				case "--scenario" -> scenario = value;
				default -> throw new IllegalArgumentException(ServerText.get("serve.unknownOption", name));
				}
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException(ServerText.get("serve.notANumber", name, value));
			}
		}
		if ((port == null) == (pty == null)) {
			throw new IllegalArgumentException(ServerText.get("serve.portOrPty"));
		}
		if (port != null && (port < 0 || port > 65_535)) {
			throw new IllegalArgumentException(ServerText.get("serve.badPort", port));
		}
		if (!(rate >= 0.1 && rate <= 20_000)) {
			throw new IllegalArgumentException(ServerText.get("serve.badRate", value(rate)));
		}
		if (!MODES.contains(mode)) {
			throw new IllegalArgumentException(ServerText.get("serve.badMode", mode));
		}
		return new ServerOptions(port, bind, pty, seed, rate, mode, circuit, scenario);
	}

	/** These options with {@code file} as the circuit. */
	public ServerOptions withCircuit(String file) {
		return new ServerOptions(port, bind, pty, seed, rateHz, mode, file, scenario);
	}

	private static String value(double rate) {
		return Double.toString(rate);
	}
}
