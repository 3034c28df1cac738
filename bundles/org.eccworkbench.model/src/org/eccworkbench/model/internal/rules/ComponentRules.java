package org.eccworkbench.model.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.eccworkbench.model.circuit.CardioplegiaSet;
import org.eccworkbench.model.circuit.CircuitElement;
import org.eccworkbench.model.circuit.Clamp;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.GasBlender;
import org.eccworkbench.model.circuit.HeaterCooler;
import org.eccworkbench.model.circuit.LineRole;
import org.eccworkbench.model.circuit.OneWayValve;
import org.eccworkbench.model.circuit.Oxygenator;
import org.eccworkbench.model.circuit.PatientNode;
import org.eccworkbench.model.circuit.Port;
import org.eccworkbench.model.circuit.PortKind;
import org.eccworkbench.model.circuit.Pump;
import org.eccworkbench.model.circuit.PumpRole;
import org.eccworkbench.model.circuit.Reservoir;
import org.eccworkbench.model.circuit.Sensor;
import org.eccworkbench.model.circuit.SensorKind;
import org.eccworkbench.model.circuit.SuctionVent;
import org.eccworkbench.model.circuit.SuctionVentKind;
import org.eccworkbench.model.validation.CircuitFacts;
import org.eccworkbench.model.validation.CircuitRule;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.osgi.util.NLS;

/**
 * Rules on single parts. Sources: Terumo Capiox FX25 IFU (heater water at most 42 °C; at least
 * 0.5 L/min of gas whenever blood circulates), Terumo Capiox RX IFU (minimum reservoir levels),
 * ANZCA PS27 summary (gas supply) and the AmSECT Perfusion Checklist (1990, rev. 2004: one-way valves correct, vents tested, lines clamped,
 * devices attached, cardioplegia de-bubbled and leak-free).
 */
public final class ComponentRules {

	/** Capiox FX25 IFU: at least 0.5 L/min of gas whenever blood circulates. */
	static final double MINIMUM_SWEEP_L_MIN = 0.5;
	/** Capiox FX25 IFU: heater water must not exceed 42 °C. */
	static final double MAXIMUM_WATER_C = 42.0;

	private ComponentRules() {
	}

	public static boolean gasSupply(Oxygenator oxygenator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		CircuitIndex index = CircuitIndex.of(oxygenator, context);
		if (index == null || fedBy(index, oxygenator, PortKind.GAS_IN, GasBlender.class)) {
			return true;
		}
		return Report.breach(CircuitRule.OXYGENATOR_GAS_SUPPLY, diagnostics, oxygenator, RuleMessages.gas_missing);
	}

	public static boolean heatExchangerWater(Oxygenator oxygenator, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		CircuitIndex index = CircuitIndex.of(oxygenator, context);
		if (index == null || !oxygenator.isHeatExchanger()
				|| fedBy(index, oxygenator, PortKind.WATER_IN, HeaterCooler.class)) {
			return true;
		}
		return Report.breach(CircuitRule.OXYGENATOR_WATER, diagnostics, oxygenator, RuleMessages.water_missing);
	}

	private static boolean fedBy(CircuitIndex index, Component component, PortKind kind, Class<?> supplier) {
		for (Port port : component.getPorts()) {
			if (port.getKind() == kind) {
				for (Connection connection : index.at(port)) {
					if (connection.getTarget() == port && connection.getSource() != null
							&& supplier.isInstance(connection.getSource().getComponent())) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** The minimum operating level is known, and not set below the product's IFU figure (Capiox RX IFU). */
	public static boolean reservoirMinimumLevel(Reservoir reservoir, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		Double set = reservoir.getMinimumLevelMl();
		Optional<CircuitFacts> facts = CircuitFacts.in(context);
		OptionalDouble ifu = facts.map(f -> f.productMinimumLevelMl(reservoir)).orElse(OptionalDouble.empty());
		if (set != null && ifu.isPresent() && set < ifu.getAsDouble()) {
			return Report.breach(CircuitRule.RESERVOIR_MINIMUM_LEVEL, diagnostics, reservoir,
					NLS.bind(RuleMessages.level_belowIfu, Format.plain(set), Format.plain(ifu.getAsDouble())));
		}
		if (set != null || ifu.isPresent()) {
			return true;
		}
		boolean product = reservoir.getProductId() != null && !reservoir.getProductId().isBlank();
		if (product && facts.isEmpty()) {
			return Report.cannotCheck(CircuitRule.RESERVOIR_MINIMUM_LEVEL, diagnostics, reservoir,
					RuleMessages.cannotCheck_noFacts);
		}
		return Report.breach(CircuitRule.RESERVOIR_MINIMUM_LEVEL, diagnostics, reservoir, RuleMessages.level_unknown);
	}

	/** A closed clamp on the arterial or venous line stops the flow. */
	public static boolean clampOpenOnMainPath(Clamp clamp, DiagnosticChain diagnostics, Map<Object, Object> context) {
		CircuitIndex index = CircuitIndex.of(clamp, context);
		if (index == null || !clamp.isClosed()) {
			return true;
		}
		boolean mainPath = index.connections(clamp).stream()
				.anyMatch(c -> c.getRole() == LineRole.ARTERIAL || c.getRole() == LineRole.VENOUS);
		return !mainPath || Report.breach(CircuitRule.CLAMP_ON_MAIN_PATH, diagnostics, clamp, RuleMessages.clamp_closed);
	}

	public static boolean sensorAttached(Sensor sensor, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return sensor.getAttachedTo() != null
				|| Report.breach(CircuitRule.SENSOR_ATTACHED, diagnostics, sensor, RuleMessages.sensor_unattached);
	}

	/** A vent line has a one-way valve, so the vent cannot blow air into the heart (AmSECT checklist). */
	public static boolean ventOneWayValve(SuctionVent vent, DiagnosticChain diagnostics, Map<Object, Object> context) {
		CircuitIndex index = CircuitIndex.of(vent, context);
		if (index == null || vent.getSuctionVentKind() != SuctionVentKind.VENT) {
			return true;
		}
		boolean valved = index.downstream(vent, CircuitIndex.STOP_AT_PATIENT_OR_RESERVOIR).stream()
				.anyMatch(OneWayValve.class::isInstance);
		return valved || Report.breach(CircuitRule.VENT_ONE_WAY_VALVE, diagnostics, vent, RuleMessages.vent_noValve);
	}

	/** Suction and vent blood goes back to a reservoir through a cardiotomy filter. */
	public static boolean suctionReturn(SuctionVent sucker, DiagnosticChain diagnostics, Map<Object, Object> context) {
		CircuitIndex index = CircuitIndex.of(sucker, context);
		if (index == null) {
			return true;
		}
		List<Reservoir> reservoirs = index.downstream(sucker, CircuitIndex.STOP_AT_PATIENT_OR_RESERVOIR).stream()
				.filter(Reservoir.class::isInstance).map(Reservoir.class::cast).toList();
		if (reservoirs.isEmpty()) {
			return Report.breach(CircuitRule.SUCTION_RETURN, diagnostics, sucker, RuleMessages.suction_noReservoir);
		}
		if (reservoirs.stream().noneMatch(Reservoir::isCardiotomyFilter)) {
			return Report.breach(CircuitRule.SUCTION_RETURN, diagnostics, sucker, RuleMessages.suction_noFilter,
					reservoirs.get(0));
		}
		return true;
	}

	/** At least 0.5 L/min of sweep gas to an oxygenator (Capiox FX25 IFU). */
	public static boolean minimumSweep(GasBlender blender, DiagnosticChain diagnostics, Map<Object, Object> context) {
		CircuitIndex index = CircuitIndex.of(blender, context);
		if (index == null || blender.getSweepLMin() >= MINIMUM_SWEEP_L_MIN) {
			return true;
		}
		boolean feedsOxygenator = index.connections(blender).stream().anyMatch(c -> c.getTarget() != null
				&& c.getTarget().getComponent() instanceof Oxygenator);
		return !feedsOxygenator || Report.breach(CircuitRule.MINIMUM_SWEEP, diagnostics, blender,
				NLS.bind(RuleMessages.sweep_low, Format.plain(blender.getSweepLMin()), Format.plain(MINIMUM_SWEEP_L_MIN)));
	}

	/** Heater water at most 42 °C (Capiox FX25 IFU). */
	public static boolean waterTemperatureLimit(HeaterCooler heater, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		double water = heater.getWaterTemperatureC();
		return water <= MAXIMUM_WATER_C || Report.breach(CircuitRule.WATER_TEMPERATURE, diagnostics, heater,
				NLS.bind(RuleMessages.water_tooHot, Format.plain(water), Format.plain(MAXIMUM_WATER_C)));
	}

	/**
	 * A cardioplegia set gets blood (unless it is crystalloid only), is driven by a cardioplegia
	 * pump, has its delivery pressure measured (ANZCA PS27: cardioplegia pressure) and a line to the patient.
	 */
	public static boolean cardioplegiaDelivery(CardioplegiaSet set, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		CircuitIndex index = CircuitIndex.of(set, context);
		if (index == null) {
			return true;
		}
		List<String> missing = new ArrayList<>();
		if (set.getBloodToCrystalloidRatio() > 0 && index.bloodIn(set).isEmpty()) {
			missing.add(RuleMessages.cardioplegia_noBlood);
		}
		Set<CircuitElement> before = index.upstream(set, c -> c instanceof Oxygenator || c instanceof Reservoir
				|| c instanceof PatientNode);
		Set<CircuitElement> after = index.downstream(set, CircuitIndex.STOP_AT_PATIENT_OR_RESERVOIR);
		boolean pumped = before.stream().anyMatch(ComponentRules::isCardioplegiaPump)
				|| after.stream().anyMatch(ComponentRules::isCardioplegiaPump);
		if (!pumped) {
			missing.add(RuleMessages.cardioplegia_noPump);
		}
		Set<CircuitElement> delivery = new java.util.LinkedHashSet<>(after);
		delivery.add(set);
		if (!index.watched(delivery, SensorKind.PRESSURE)) {
			missing.add(RuleMessages.cardioplegia_noPressure);
		}
		if (after.stream().noneMatch(PatientNode.class::isInstance)) {
			missing.add(RuleMessages.cardioplegia_noDelivery);
		}
		return missing.isEmpty() || Report.breach(CircuitRule.CARDIOPLEGIA_DELIVERY, diagnostics, set,
				NLS.bind(RuleMessages.cardioplegia_incomplete, String.join(", ", missing))); //$NON-NLS-1$
	}

	private static boolean isCardioplegiaPump(CircuitElement element) {
		return element instanceof Pump pump && pump.getRole() == PumpRole.CARDIOPLEGIA;
	}
}
