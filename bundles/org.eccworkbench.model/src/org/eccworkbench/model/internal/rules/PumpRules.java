package org.eccworkbench.model.internal.rules;

import java.util.Map;
import java.util.Set;

import org.eccworkbench.model.circuit.CentrifugalPump;
import org.eccworkbench.model.circuit.CircuitElement;
import org.eccworkbench.model.circuit.Clamp;
import org.eccworkbench.model.circuit.OneWayValve;
import org.eccworkbench.model.circuit.PatientNode;
import org.eccworkbench.model.circuit.Pump;
import org.eccworkbench.model.circuit.PumpRole;
import org.eccworkbench.model.circuit.Reservoir;
import org.eccworkbench.model.circuit.RollerPump;
import org.eccworkbench.model.circuit.SensorKind;
import org.eccworkbench.model.validation.CircuitRule;
import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * Rules on pumps. Sources: ANZCA PS27 (summary at
 * https://cjdbarlow.au/bedside-notebook/anaesthesia/anzca/extracorporeal.html: servo-controlled
 * alarms for low reservoir level and bubble detection); the Terumo System 1 manual (an
 * arterial-line bubble detector on every case) and its flowmeter, which alarms on backflow with
 * centrifugal pumps (510(k) K153376): centrifugal pumps are non-occlusive, so a flow probe is
 * mandatory and backflow must be alarmed; and the AmSECT Perfusion Checklist (1990, rev. 2004:
 * occlusion set, tubing direction traced).
 */
public final class PumpRules {

	private PumpRules() {
	}

	/**
	 * An arterial or cardioplegia pump drives blood toward the patient; a suction or vent pump
	 * drives it into a reservoir and never toward the patient.
	 */
	public static boolean pumpDirection(Pump pump, DiagnosticChain diagnostics, Map<Object, Object> context) {
		CircuitIndex index = CircuitIndex.of(pump, context);
		if (index == null || index.bloodOut(pump).isEmpty() && index.bloodIn(pump).isEmpty()) {
			return true;
		}
		PumpRole role = pump.getRole();
		Set<CircuitElement> after = role == PumpRole.ARTERIAL
				? index.downstreamMain(pump, CircuitIndex.STOP_AT_PATIENT_OR_RESERVOIR)
				: index.downstream(pump, CircuitIndex.STOP_AT_PATIENT_OR_RESERVOIR);
		boolean toPatient = after.stream().anyMatch(PatientNode.class::isInstance);
		boolean toReservoir = after.stream().anyMatch(Reservoir.class::isInstance);
		if ((role == PumpRole.ARTERIAL || role == PumpRole.CARDIOPLEGIA) && !toPatient) {
			return Report.breach(CircuitRule.PUMP_DIRECTION, diagnostics, pump, RuleMessages.pumpDirection_notToPatient);
		}
		if ((role == PumpRole.SUCTION || role == PumpRole.VENT) && (toPatient || !toReservoir)) {
			return Report.breach(CircuitRule.PUMP_DIRECTION, diagnostics, pump,
					toPatient ? RuleMessages.pumpDirection_ventToPatient : RuleMessages.pumpDirection_notToReservoir);
		}
		return true;
	}

	/** A bubble detector after an arterial pump (Terumo System 1 manual). */
	public static boolean arterialBubbleDetector(Pump pump, DiagnosticChain diagnostics, Map<Object, Object> context) {
		CircuitIndex index = CircuitIndex.of(pump, context);
		if (index == null || pump.getRole() != PumpRole.ARTERIAL) {
			return true;
		}
		if (index.watched(index.downstreamMain(pump, CircuitIndex.STOP_AT_PATIENT_OR_RESERVOIR), SensorKind.BUBBLE)) {
			return true;
		}
		return Report.breach(CircuitRule.ARTERIAL_BUBBLE_DETECTOR, diagnostics, pump, RuleMessages.bubble_missing);
	}

	/** A level sensor on the reservoir that feeds an arterial roller pump (ANZCA PS27). */
	public static boolean reservoirLevelDetector(RollerPump pump, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		CircuitIndex index = CircuitIndex.of(pump, context);
		if (index == null || pump.getRole() != PumpRole.ARTERIAL) {
			return true;
		}
		boolean ok = true;
		for (CircuitElement before : index.upstreamMain(pump, CircuitIndex.STOP_AT_PATIENT_OR_RESERVOIR)) {
			if (before instanceof Reservoir reservoir && !index.watched(Set.of(reservoir), SensorKind.LEVEL)) {
				ok &= Report.breach(CircuitRule.RESERVOIR_LEVEL_DETECTOR, diagnostics, reservoir,
						RuleMessages.level_missing, pump);
			}
		}
		return ok;
	}

	/** The occlusion is a fraction of full occlusion: above 0, at most 1 (AmSECT checklist "occlusion set"). */
	public static boolean occlusionInRange(RollerPump pump, DiagnosticChain diagnostics, Map<Object, Object> context) {
		double occlusion = pump.getOcclusion();
		if (occlusion > 0 && occlusion <= 1) {
			return true;
		}
		return Report.breach(CircuitRule.OCCLUSION_RANGE, diagnostics, pump,
				org.eclipse.osgi.util.NLS.bind(RuleMessages.occlusion_outOfRange, Format.plain(occlusion)));
	}

	/** A flow probe on a centrifugal pump or after it (System 1 flowmeter, 510(k) K153376). */
	public static boolean flowProbe(CentrifugalPump pump, DiagnosticChain diagnostics, Map<Object, Object> context) {
		CircuitIndex index = CircuitIndex.of(pump, context);
		if (index == null) {
			return true;
		}
		Set<CircuitElement> watched = index.downstreamMain(pump, CircuitIndex.STOP_AT_PATIENT_OR_RESERVOIR);
		watched.add(pump);
		if (index.watched(watched, SensorKind.FLOW)) {
			return true;
		}
		return Report.breach(CircuitRule.CENTRIFUGAL_FLOW_PROBE, diagnostics, pump, RuleMessages.flowProbe_missing);
	}

	/**
	 * A one-way valve or a clamp after a centrifugal pump: when it slows or stops, the patient's
	 * pressure drives blood backwards through it (510(k) K153376: backflow must be alarmed).
	 */
	public static boolean backflowProtection(CentrifugalPump pump, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		CircuitIndex index = CircuitIndex.of(pump, context);
		if (index == null || index.bloodOut(pump).isEmpty()) {
			return true;
		}
		boolean protectedPump = index.downstreamMain(pump, CircuitIndex.STOP_AT_PATIENT_OR_RESERVOIR).stream()
				.anyMatch(e -> e instanceof OneWayValve || e instanceof Clamp);
		return protectedPump || Report.breach(CircuitRule.CENTRIFUGAL_BACKFLOW, diagnostics, pump,
				RuleMessages.backflow_missing);
	}
}
