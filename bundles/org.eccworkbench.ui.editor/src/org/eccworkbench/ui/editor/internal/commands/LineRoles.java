package org.eccworkbench.ui.editor.internal.commands;

import org.eccworkbench.model.circuit.Cannula;
import org.eccworkbench.model.circuit.CannulaKind;
import org.eccworkbench.model.circuit.CardioplegiaSet;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Hemoconcentrator;
import org.eccworkbench.model.circuit.LineRole;
import org.eccworkbench.model.circuit.Oxygenator;
import org.eccworkbench.model.circuit.Port;
import org.eccworkbench.model.circuit.PortKind;
import org.eccworkbench.model.circuit.SuctionVent;
import org.eccworkbench.model.circuit.SuctionVentKind;

/**
 * The role a new line gets from what it joins: blood is venous until it has passed the oxygenator
 * and arterial after it; side lines take the role of their part. The user can change it.
 */
public final class LineRoles {

	private LineRoles() {
	}

	public static LineRole infer(Circuit circuit, Port source, Port target) {
		PortKind kind = source.getKind();
		if (kind == PortKind.GAS_OUT || kind == PortKind.GAS_IN) {
			return LineRole.GAS;
		}
		if (kind == PortKind.WATER_OUT || kind == PortKind.WATER_IN) {
			return LineRole.WATER;
		}
		if (kind == PortKind.SIGNAL) {
			return LineRole.SIGNAL;
		}
		Component from = source.getComponent();
		Component to = target.getComponent();
		if (from instanceof SuctionVent sucker) {
			return sucker.getSuctionVentKind() == SuctionVentKind.VENT ? LineRole.VENT : LineRole.SUCTION;
		}
		if (target.getKind() == PortKind.SUCTION_IN) {
			return LineRole.SUCTION;
		}
		if (from instanceof CardioplegiaSet || to instanceof CardioplegiaSet) {
			return LineRole.CARDIOPLEGIA;
		}
		if (from instanceof Hemoconcentrator || to instanceof Hemoconcentrator) {
			return LineRole.ULTRAFILTRATION;
		}
		if (from instanceof Oxygenator || isArterialCannula(to) || receivesArterialBlood(circuit, from)) {
			return LineRole.ARTERIAL;
		}
		return LineRole.VENOUS;
	}

	private static boolean isArterialCannula(Component component) {
		return component instanceof Cannula cannula && (cannula.getCannulaKind() == CannulaKind.AORTIC
				|| cannula.getCannulaKind() == CannulaKind.FEMORAL_ARTERIAL);
	}

	private static boolean receivesArterialBlood(Circuit circuit, Component component) {
		return circuit.getConnections().stream().anyMatch(c -> c.getTarget() != null
				&& c.getTarget().getComponent() == component && c.getRole() == LineRole.ARTERIAL);
	}
}
