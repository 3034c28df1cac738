package org.eccworkbench.model.internal.rules;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.Connector;
import org.eccworkbench.model.circuit.ConnectorKind;
import org.eccworkbench.model.circuit.LineRole;
import org.eccworkbench.model.circuit.Port;
import org.eccworkbench.model.circuit.PortKind;
import org.eccworkbench.model.validation.CircuitRule;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.osgi.util.NLS;

/**
 * Rules on tube segments and ports. Sources: the AmSECT Perfusion Checklist (1990, rev. 2004:
 * tubing direction traced, connections, no kinks, leak-free) and the Terumo Capiox RX IFU (a
 * recirculation line not smaller than 3/16 in, or excess positive pressure can damage the
 * oxygenator).
 */
public final class ConnectionRules {

	/** Terumo Capiox RX IFU: a recirculation line of at least 3/16 in internal diameter. */
	static final double MINIMUM_RECIRCULATION_INCH = 3.0 / 16.0;
	private static final double DIAMETER_TOLERANCE_INCH = 0.001;
	private static final Set<PortKind> OUTLETS = EnumSet.of(PortKind.BLOOD_OUT, PortKind.GAS_OUT, PortKind.WATER_OUT,
			PortKind.SIGNAL);
	private static final Set<PortKind> INLETS = EnumSet.of(PortKind.BLOOD_IN, PortKind.SUCTION_IN, PortKind.GAS_IN,
			PortKind.WATER_IN, PortKind.SIGNAL);

	private ConnectionRules() {
	}

	public static boolean portDirection(Connection connection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Port source = connection.getSource();
		Port target = connection.getTarget();
		if (source == null || target == null) {
			return true;
		}
		boolean ok = true;
		if (!OUTLETS.contains(source.getKind())) {
			ok = Report.breach(CircuitRule.PORT_DIRECTION, diagnostics, connection,
					NLS.bind(RuleMessages.direction_fromInlet, source.getId()), source);
		}
		if (!INLETS.contains(target.getKind())) {
			ok &= Report.breach(CircuitRule.PORT_DIRECTION, diagnostics, connection,
					NLS.bind(RuleMessages.direction_toOutlet, target.getId()), target);
		}
		return ok;
	}

	public static boolean portKindsCompatible(Connection connection, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		Port source = connection.getSource();
		Port target = connection.getTarget();
		if (source == null || target == null || medium(source.getKind()) == medium(target.getKind())) {
			return true;
		}
		return Report.breach(CircuitRule.PORT_KINDS, diagnostics, connection, NLS.bind(RuleMessages.kinds_mismatch,
				new Object[] { source.getId(), source.getKind().getLiteral(), target.getId(), target.getKind().getLiteral() }));
	}

	private static int medium(PortKind kind) {
		return switch (kind) {
		case BLOOD_IN, BLOOD_OUT, SUCTION_IN -> 0;
		case GAS_IN, GAS_OUT -> 1;
		case WATER_IN, WATER_OUT -> 2;
		case SIGNAL -> 3;
		};
	}

	/** The tube's internal diameter matches each port, unless the part there is a reducer. */
	public static boolean diameterMatchesPorts(Connection connection, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		double tube = connection.getInternalDiameterInch();
		boolean ok = true;
		for (Port port : new Port[] { connection.getSource(), connection.getTarget() }) {
			if (port == null || !(tube > 0) || !(port.getDiameterInch() > 0)
					|| Math.abs(tube - port.getDiameterInch()) <= DIAMETER_TOLERANCE_INCH) {
				continue;
			}
			if (port.getComponent() instanceof Connector connector && connector.getConnectorKind() == ConnectorKind.REDUCER) {
				continue;
			}
			ok &= Report.breach(CircuitRule.DIAMETER_CHANGE, diagnostics, connection, NLS.bind(RuleMessages.diameter_change,
					new Object[] { Format.inches(tube), port.getId(), Format.inches(port.getDiameterInch()) }), port);
		}
		return ok;
	}

	public static boolean recirculationLineSize(Connection connection, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		double tube = connection.getInternalDiameterInch();
		if (connection.getRole() != LineRole.RECIRCULATION || !(tube > 0)
				|| tube >= MINIMUM_RECIRCULATION_INCH - DIAMETER_TOLERANCE_INCH / 10) {
			return true;
		}
		return Report.breach(CircuitRule.RECIRCULATION_LINE_SIZE, diagnostics, connection,
				NLS.bind(RuleMessages.recirculation_small, Format.inches(tube), Format.inches(MINIMUM_RECIRCULATION_INCH)));
	}

	/** A blood port takes a segment; an unused one must be capped and is better left out of the plan. */
	public static boolean portConnected(Port port, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (port.getKind() != PortKind.BLOOD_IN && port.getKind() != PortKind.BLOOD_OUT) {
			return true;
		}
		CircuitIndex index = CircuitIndex.of(port, context);
		if (index == null || !index.at(port).isEmpty()) {
			return true;
		}
		return Report.breach(CircuitRule.PORT_CONNECTED, diagnostics, port, RuleMessages.port_unconnected);
	}

	/** A port takes one segment: a branch needs a Y or T connector. */
	public static boolean portConnectedOnce(Port port, DiagnosticChain diagnostics, Map<Object, Object> context) {
		CircuitIndex index = CircuitIndex.of(port, context);
		if (index == null || index.at(port).size() <= 1) {
			return true;
		}
		return Report.breach(CircuitRule.PORT_CONNECTED_ONCE, diagnostics, port,
				NLS.bind(RuleMessages.port_twice, Integer.toString(index.at(port).size())), index.at(port).toArray());
	}
}
