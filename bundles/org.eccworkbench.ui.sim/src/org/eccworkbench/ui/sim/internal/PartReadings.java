package org.eccworkbench.ui.sim.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.catalog.FigureKey;
import org.eccworkbench.model.circuit.ArterialFilter;
import org.eccworkbench.model.circuit.Cannula;
import org.eccworkbench.model.circuit.CannulaKind;
import org.eccworkbench.model.circuit.CardioplegiaSet;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.CircuitElement;
import org.eccworkbench.model.circuit.Clamp;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.Connector;
import org.eccworkbench.model.circuit.GasBlender;
import org.eccworkbench.model.circuit.HeaterCooler;
import org.eccworkbench.model.circuit.Hemoconcentrator;
import org.eccworkbench.model.circuit.LineRole;
import org.eccworkbench.model.circuit.OneWayValve;
import org.eccworkbench.model.circuit.Oxygenator;
import org.eccworkbench.model.circuit.PatientNode;
import org.eccworkbench.model.circuit.Pump;
import org.eccworkbench.model.circuit.PumpRole;
import org.eccworkbench.model.circuit.Reservoir;
import org.eccworkbench.model.circuit.Sensor;
import org.eccworkbench.model.circuit.SensorKind;
import org.eccworkbench.sim.AlarmId;
import org.eccworkbench.sim.Signal;
import org.eclipse.osgi.util.NLS;

/**
 * Which simulated values belong to which part of a circuit, and which parts an alarm concerns,
 * from the parts' kinds and roles: the reservoir shows its level and minimum, the arterial pump
 * its flow and speed, the oxygenator the pressures before and after it and the arterial outlet
 * temperature, cannulae the arterial line pressure or the venous drainage, and each sensor what
 * it measures where it is attached (a pressure before the oxygenator is the pre-oxygenator
 * pressure, a temperature on the venous line the venous inflow temperature, ...).
 */
final class PartReadings {

	/** Where on the blood path a part or line is. */
	enum Place {
		VENOUS, RESERVOIR, PUMP_INLET, PRE_OXYGENATOR, OXYGENATOR, ARTERIAL, PATIENT, OTHER
	}

	/** How many passive parts (connectors, clamps, valves) a line is followed through to find where it leads. */
	private static final int MAX_HOPS = 8;

	private final Circuit circuit;
	private final Map<Component, List<Reading>> readings = new LinkedHashMap<>();
	private final Map<AlarmId, Set<Component>> alarmParts = new EnumMap<>(AlarmId.class);

	/** @param catalog for the reservoir's minimum level when the part has none; null for none */
	PartReadings(Circuit circuit, CatalogRegistry catalog) {
		this.circuit = circuit;
		for (Component component : circuit.getComponents()) {
			List<Reading> list = readingsOf(component, catalog);
			if (!list.isEmpty()) {
				readings.put(component, list);
			}
		}
		for (AlarmId id : AlarmId.values()) {
			Set<Component> parts = new LinkedHashSet<>();
			for (Component component : circuit.getComponents()) {
				if (concerns(id, component)) {
					parts.add(component);
				}
			}
			alarmParts.put(id, parts);
		}
	}

	/** The values shown at {@code component}, in order; empty for a part that shows none. */
	List<Reading> readings(Component component) {
		return readings.getOrDefault(component, List.of());
	}

	/** The parts with values. */
	Set<Component> parts() {
		return readings.keySet();
	}

	/** The parts {@code alarm} concerns, outlined while it is active. */
	Set<Component> partsOf(AlarmId alarm) {
		return alarmParts.get(alarm);
	}

	/** The parts any of {@code active} concerns. */
	Set<Component> partsOf(Set<AlarmId> active) {
		Set<Component> parts = new LinkedHashSet<>();
		active.forEach(id -> parts.addAll(partsOf(id)));
		return parts;
	}

	private List<Reading> readingsOf(Component component, CatalogRegistry catalog) {
		List<Reading> list = new ArrayList<>();
		if (component instanceof Reservoir reservoir) {
			Double minimum = minimumLevel(reservoir, catalog);
			list.add(minimum == null ? new Reading(Signal.RESERVOIR_ML, Messages.Reading_level, 0)
					: new Reading(Signal.RESERVOIR_ML, NLS.bind(Messages.Reading_levelMinimum, "{0}", Texts.fixed(minimum, 0)), 0)); //$NON-NLS-1$
		} else if (component instanceof Pump pump && pump.getRole() == PumpRole.ARTERIAL) {
			list.add(new Reading(Signal.PUMP_FLOW_L_MIN, Messages.Reading_flow, 2));
			list.add(new Reading(Signal.PUMP_RPM, Messages.Reading_rpm, 0));
		} else if (component instanceof Oxygenator) {
			list.add(new Reading(Signal.PRE_OXYGENATOR_MMHG, Messages.Reading_preOxygenator, 0));
			list.add(new Reading(Signal.POST_OXYGENATOR_MMHG, Messages.Reading_postOxygenator, 0));
			list.add(new Reading(Signal.ARTERIAL_OUTLET_C, Messages.Reading_arterialOutlet, 1));
		} else if (component instanceof ArterialFilter) {
			list.add(new Reading(Signal.ARTERIAL_LINE_MMHG, Messages.Reading_linepressure, 0));
		} else if (component instanceof Cannula cannula) {
			if (arterial(cannula.getCannulaKind())) {
				list.add(new Reading(Signal.ARTERIAL_LINE_MMHG, Messages.Reading_linepressure, 0));
			} else {
				list.add(new Reading(Signal.VENOUS_DRAINAGE_L_MIN, Messages.Reading_drainage, 2));
				list.add(new Reading(Signal.VENOUS_INFLOW_C, Messages.Reading_venousTemperature, 1));
			}
		} else if (component instanceof PatientNode) {
			list.add(new Reading(Signal.MAP_MMHG, Messages.Reading_map, 0));
			list.add(new Reading(Signal.CVP_MMHG, Messages.Reading_cvp, 0));
			list.add(new Reading(Signal.CORE_C, Messages.Reading_core, 1));
			list.add(new Reading(Signal.DO2I_ML_MIN_M2, Messages.Reading_do2i, 0));
		} else if (component instanceof GasBlender) {
			list.add(new Reading(Signal.SWEEP_L_MIN, Messages.Reading_sweep, 1));
			list.add(new Reading(Signal.FIO2_PERCENT, Messages.Reading_fio2, 0));
		} else if (component instanceof HeaterCooler) {
			list.add(new Reading(Signal.WATER_C, Messages.Reading_water, 1));
		} else if (component instanceof CardioplegiaSet) {
			list.add(new Reading(Signal.CARDIOPLEGIA_ML, Messages.Reading_cardioplegia, 0));
		} else if (component instanceof Hemoconcentrator) {
			list.add(new Reading(Signal.ULTRAFILTRATE_ML, Messages.Reading_ultrafiltrate, 0));
		} else if (component instanceof Sensor sensor) {
			sensorReadings(sensor, list);
		}
		return list;
	}

	private void sensorReadings(Sensor sensor, List<Reading> list) {
		Place place = place(sensor.getAttachedTo());
		SensorKind kind = sensor.getSensorKind() == null ? SensorKind.PRESSURE : sensor.getSensorKind();
		switch (kind) {
		case PRESSURE -> {
			switch (place) {
			case PUMP_INLET -> list.add(new Reading(Signal.PUMP_INLET_MMHG, Messages.Reading_pumpInlet, 0));
			case PRE_OXYGENATOR, OXYGENATOR -> list.add(new Reading(Signal.PRE_OXYGENATOR_MMHG, Messages.Reading_preOxygenator, 0));
			case ARTERIAL -> list.add(new Reading(Signal.ARTERIAL_LINE_MMHG, Messages.Reading_linepressure, 0));
			case PATIENT -> list.add(new Reading(Signal.MAP_MMHG, Messages.Reading_map, 0));
			default -> {
				// no simulated pressure there (venous line, cardioplegia)
			}
			}
		}
		case TEMPERATURE -> {
			switch (place) {
			case VENOUS, RESERVOIR, PUMP_INLET -> list.add(new Reading(Signal.VENOUS_INFLOW_C, Messages.Reading_venousTemperature, 1));
			case PRE_OXYGENATOR, OXYGENATOR, ARTERIAL -> list.add(new Reading(Signal.ARTERIAL_OUTLET_C, Messages.Reading_arterialOutlet, 1));
			case PATIENT -> list.add(new Reading(Signal.CORE_C, Messages.Reading_core, 1));
			default -> {
				// cardioplegia temperature is not simulated
			}
			}
		}
		case FLOW -> {
			if (place == Place.VENOUS) {
				list.add(new Reading(Signal.VENOUS_DRAINAGE_L_MIN, Messages.Reading_drainage, 2));
			} else if (arterialSide(place)) {
				list.add(new Reading(Signal.PUMP_FLOW_L_MIN, Messages.Reading_flow, 2));
			}
		}
		case BUBBLE -> list.add(new Reading(Signal.ARTERIAL_AIR_ML, Messages.Reading_air, 2));
		case LEVEL -> list.add(new Reading(Signal.RESERVOIR_ML, Messages.Reading_level, 0));
		case BLOOD_GAS -> {
			if (arterialSide(place)) {
				list.add(new Reading(Signal.SAO2_PERCENT, Messages.Reading_sao2, 1));
				list.add(new Reading(Signal.PAO2_MMHG, Messages.Reading_pao2, 0));
			} else {
				list.add(new Reading(Signal.SVO2_PERCENT, Messages.Reading_svo2, 1));
			}
			list.add(new Reading(Signal.HCT_PERCENT, Messages.Reading_hct, 1));
		}
		}
	}

	private static boolean arterialSide(Place place) {
		return place == Place.PRE_OXYGENATOR || place == Place.OXYGENATOR || place == Place.ARTERIAL;
	}

	private static boolean arterial(CannulaKind kind) {
		return kind == CannulaKind.AORTIC || kind == CannulaKind.FEMORAL_ARTERIAL;
	}

	private static Double minimumLevel(Reservoir reservoir, CatalogRegistry catalog) {
		if (reservoir.getMinimumLevelMl() != null) {
			return reservoir.getMinimumLevelMl();
		}
		if (catalog == null || reservoir.getProductId() == null) {
			return null;
		}
		return catalog.product(reservoir.getProductId()).flatMap(p -> p.figure(FigureKey.MIN_OPERATING_LEVEL_ML))
				.map(f -> f.value()).orElse(null);
	}

	/** Where {@code element} is on the blood path. */
	Place place(CircuitElement element) {
		if (element instanceof Connection connection) {
			return place(connection);
		}
		if (element instanceof Reservoir) {
			return Place.RESERVOIR;
		}
		if (element instanceof Oxygenator) {
			return Place.OXYGENATOR;
		}
		if (element instanceof PatientNode) {
			return Place.PATIENT;
		}
		if (element instanceof ArterialFilter) {
			return Place.ARTERIAL;
		}
		if (element instanceof Cannula cannula) {
			return arterial(cannula.getCannulaKind()) ? Place.ARTERIAL : Place.VENOUS;
		}
		if (element instanceof Pump pump && pump.getRole() == PumpRole.ARTERIAL) {
			return Place.PRE_OXYGENATOR;
		}
		return Place.OTHER;
	}

	/** A venous line is venous; an arterial-side line leads to the arterial pump, the oxygenator or on to the patient. */
	private Place place(Connection connection) {
		LineRole role = connection.getRole();
		if (role == LineRole.VENOUS) {
			return Place.VENOUS;
		}
		if (role != LineRole.ARTERIAL) {
			return Place.OTHER;
		}
		Connection line = connection;
		for (int hop = 0; hop < MAX_HOPS && line != null; hop++) {
			Component next = line.getTarget() == null ? null : line.getTarget().getComponent();
			if (next instanceof Pump pump && pump.getRole() == PumpRole.ARTERIAL) {
				return Place.PUMP_INLET;
			}
			if (next instanceof Oxygenator) {
				return Place.PRE_OXYGENATOR;
			}
			if (!(next instanceof Connector || next instanceof Clamp || next instanceof OneWayValve)) {
				break;
			}
			line = bloodLineFrom(next);
		}
		return Place.ARTERIAL;
	}

	private Connection bloodLineFrom(Component component) {
		for (Connection connection : circuit.getConnections()) {
			if (connection.getSource() != null && connection.getSource().getComponent() == component
					&& connection.getRole() == LineRole.ARTERIAL) {
				return connection;
			}
		}
		return null;
	}

	private boolean concerns(AlarmId id, Component component) {
		return switch (id) {
		case LOW_LEVEL -> component instanceof Reservoir || sensor(component, SensorKind.LEVEL);
		case BUBBLE -> sensor(component, SensorKind.BUBBLE);
		case HIGH_LINE_PRESSURE -> sensor(component, SensorKind.PRESSURE)
				&& arterialSide(place(((Sensor) component).getAttachedTo()));
		case BACKFLOW, PUMP_FAILURE -> arterialPump(component);
		case POWER_FAILURE -> arterialPump(component) || component instanceof HeaterCooler;
		case HEATER_COOLER_FAILURE -> component instanceof HeaterCooler;
		case ARTERIAL_OUTLET_37, GRADIENT_10, GRADIENT_4, REWARMING_RATE -> component instanceof Oxygenator;
		case DO2I_272, DO2I_280, LOW_MAP, HIGH_MAP, LOW_ACT -> component instanceof PatientNode;
		case LOW_SVO2 -> component instanceof PatientNode || sensor(component, SensorKind.BLOOD_GAS)
				&& !arterialSide(place(((Sensor) component).getAttachedTo()));
		case CARDIOPLEGIA_OVERDUE -> component instanceof CardioplegiaSet;
		case LOW_SWEEP -> component instanceof GasBlender || component instanceof Oxygenator;
		};
	}

	private static boolean arterialPump(Component component) {
		return component instanceof Pump pump && pump.getRole() == PumpRole.ARTERIAL;
	}

	private static boolean sensor(Component component, SensorKind kind) {
		return component instanceof Sensor sensor
				&& (sensor.getSensorKind() == null ? SensorKind.PRESSURE : sensor.getSensorKind()) == kind;
	}
}
