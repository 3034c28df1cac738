package org.eccworkbench.ui.editor.internal.commands;

import java.util.Optional;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.Port;
import org.eccworkbench.model.circuit.PortKind;
import org.eccworkbench.ui.editor.internal.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * Whether two ports may be joined by a line, in the direction of flow. A refusal comes with the
 * reason, in the user's language, for the status line.
 */
public final class ConnectionRules {

	/** The outcome: the ports in flow order, or the reason they cannot be joined. */
	public record Verdict(Port source, Port target, String refusal) {

		public boolean allowed() {
			return refusal == null;
		}
	}

	private enum Medium {
		BLOOD, GAS, WATER, SIGNAL
	}

	private ConnectionRules() {
	}

	/** Checks a line dragged from {@code from} to {@code to}; an inlet-to-outlet drag is turned round. */
	public static Verdict check(Circuit circuit, Port from, Port to) {
		if (from == to) {
			return refuse(Messages.Connect_samePort);
		}
		if (from.getComponent() == to.getComponent()) {
			return refuse(Messages.Connect_sameComponent);
		}
		if (medium(from) != medium(to)) {
			return refuse(NLS.bind(Messages.Connect_mediumMismatch, mediumLabel(from), mediumLabel(to)));
		}
		Port source = from;
		Port target = to;
		if (medium(from) != Medium.SIGNAL) {
			if (isOutlet(from) && isOutlet(to)) {
				return refuse(Messages.Connect_twoOutlets);
			}
			if (!isOutlet(from) && !isOutlet(to)) {
				return refuse(Messages.Connect_twoInlets);
			}
			if (!isOutlet(from)) {
				source = to;
				target = from;
			}
		}
		for (Port port : new Port[] { from, to }) {
			Optional<Connection> existing = connectionAt(circuit, port);
			if (existing.isPresent()) {
				return refuse(NLS.bind(Messages.Connect_portTaken, port.getId(), existing.get().getId()));
			}
		}
		return new Verdict(source, target, null);
	}

	public static Optional<Connection> connectionAt(Circuit circuit, Port port) {
		return circuit.getConnections().stream().filter(c -> c.getSource() == port || c.getTarget() == port)
				.findFirst();
	}

	private static Verdict refuse(String reason) {
		return new Verdict(null, null, reason);
	}

	static boolean isOutlet(Port port) {
		PortKind kind = port.getKind();
		return kind == PortKind.BLOOD_OUT || kind == PortKind.GAS_OUT || kind == PortKind.WATER_OUT;
	}

	private static Medium medium(Port port) {
		PortKind kind = port.getKind() == null ? PortKind.SIGNAL : port.getKind();
		return switch (kind) {
		case BLOOD_IN, BLOOD_OUT, SUCTION_IN -> Medium.BLOOD;
		case GAS_IN, GAS_OUT -> Medium.GAS;
		case WATER_IN, WATER_OUT -> Medium.WATER;
		case SIGNAL -> Medium.SIGNAL;
		};
	}

	private static String mediumLabel(Port port) {
		return switch (medium(port)) {
		case BLOOD -> Messages.Medium_blood;
		case GAS -> Messages.Medium_gas;
		case WATER -> Messages.Medium_water;
		case SIGNAL -> Messages.Medium_signal;
		};
	}
}
