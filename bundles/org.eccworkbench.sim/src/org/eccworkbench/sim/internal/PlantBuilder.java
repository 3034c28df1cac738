package org.eccworkbench.sim.internal;

import static org.eccworkbench.sim.internal.Constants.ML_S_PER_L_MIN;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eccworkbench.analysis.RollerStrokeVolume;
import org.eccworkbench.sim.CircuitException;
import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.catalog.FigureKey;
import org.eccworkbench.model.circuit.ArterialFilter;
import org.eccworkbench.model.circuit.Cannula;
import org.eccworkbench.model.circuit.CardioplegiaSet;
import org.eccworkbench.model.circuit.CentrifugalPump;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.CircuitElement;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.GasBlender;
import org.eccworkbench.model.circuit.HeaterCooler;
import org.eccworkbench.model.circuit.Hemoconcentrator;
import org.eccworkbench.model.circuit.LineRole;
import org.eccworkbench.model.circuit.Oxygenator;
import org.eccworkbench.model.circuit.PatientNode;
import org.eccworkbench.model.circuit.Pump;
import org.eccworkbench.model.circuit.PumpRole;
import org.eccworkbench.model.circuit.Reservoir;
import org.eccworkbench.model.circuit.RollerPump;
import org.eccworkbench.model.circuit.Sensor;
import org.eclipse.osgi.util.NLS;

/**
 * Reads a circuit into a {@link Plant}: finds the venous path (patient → reservoir, or patient →
 * arterial pump in a closed ECMO circuit) and the arterial path (→ arterial pump → patient), sums
 * tube volumes and geometry per path, and takes each device's figures from the model, then the
 * catalog, then a documented generic default (noted).
 */
public final class PlantBuilder {

	private static final Set<LineRole> NOT_BLOOD = Set.of(LineRole.GAS, LineRole.WATER, LineRole.SIGNAL);

	private final Circuit circuit;
	private final Figures figures;
	private final double targetFlowLMin;
	private final Plant plant = new Plant();

	private PlantBuilder(Circuit circuit, CatalogRegistry catalog, double targetFlowLMin) {
		this.circuit = circuit;
		this.figures = new Figures(catalog, plant.notes);
		this.targetFlowLMin = targetFlowLMin;
	}

	/**
	 * @param targetFlowLMin the case's target flow, used to size a cannula whose size is not given
	 * @throws CircuitException when the circuit has no simulatable blood path
	 */
	public static Plant build(Circuit circuit, CatalogRegistry catalog, double targetFlowLMin) throws CircuitException {
		return new PlantBuilder(circuit, catalog, targetFlowLMin).build();
	}

	private Plant build() throws CircuitException {
		plant.circuitName = circuit.getName() == null ? "" : circuit.getName(); //$NON-NLS-1$
		plant.cardiopulmonaryBypass = circuit.getKind() == org.eccworkbench.model.circuit.CircuitKind.CPB;
		BloodGraph graph = new BloodGraph(circuit);
		PatientNode patient = graph.first(PatientNode.class)
				.orElseThrow(() -> new CircuitException(Messages.Plant_noPatient));
		Pump pump = graph.components(Pump.class).stream().filter(p -> p.getRole() == PumpRole.ARTERIAL).findFirst()
				.orElseThrow(() -> new CircuitException(Messages.Plant_noArterialPump));
		List<Connection> venous = graph.path(patient, c -> c instanceof Reservoir, Set.of(Pump.class));
		Component reservoirOrPump;
		if (venous != null) {
			plant.reservoir = true;
			reservoirOrPump = venous.get(venous.size() - 1).getTarget().getComponent();
		} else {
			venous = graph.path(patient, c -> c == pump, Set.of());
			if (venous == null) {
				throw new CircuitException(Messages.Plant_noVenousPath);
			}
			reservoirOrPump = pump;
		}
		List<Connection> inlet = reservoirOrPump == pump ? List.of() : graph.path(reservoirOrPump, c -> c == pump, Set.of());
		if (inlet == null) {
			throw new CircuitException(NLS.bind(Messages.Plant_noPathToPump, label(pump)));
		}
		List<Connection> arterial = graph.path(pump, c -> c == patient, Set.of());
		if (arterial == null) {
			throw new CircuitException(NLS.bind(Messages.Plant_noArterialPath, label(pump)));
		}
		List<Component> arterialComponents = targets(arterial);
		Oxygenator oxygenator = arterialComponents.stream().filter(Oxygenator.class::isInstance).map(Oxygenator.class::cast)
				.findFirst().orElseThrow(() -> new CircuitException(Messages.Plant_noOxygenator));

		List<Connection> used = new ArrayList<>();
		used.addAll(venous);
		used.addAll(inlet);
		used.addAll(arterial);
		for (Connection c : venous) {
			plant.venousLineMl += tubeMl(c);
			plant.venousTubeGeometry += geometry(c);
		}
		for (Connection c : inlet) {
			plant.arterialCircuitMl += tubeMl(c);
			plant.inletTubeGeometry += geometry(c);
		}
		for (Connection c : arterial) {
			plant.arterialCircuitMl += tubeMl(c);
			plant.arterialTubeGeometry += geometry(c);
		}
		for (Connection c : circuit.getConnections()) {
			if (!used.contains(c) && !NOT_BLOOD.contains(c.getRole())) {
				plant.sideMl += tubeMl(c);
			}
		}
		List<Component> venousComponents = targets(venous);
		venousComponents.remove(reservoirOrPump);
		List<Component> onArterial = new ArrayList<>(targets(inlet));
		onArterial.add(0, pump);
		onArterial.addAll(arterialComponents);
		onArterial.remove(patient);

		plant.venousCannula = cannula(venousComponents, false);
		plant.arterialCannula = cannula(onArterial, true);
		plant.venousLineMl += plant.venousCannula == null ? 0 : plant.venousCannula.volumeMl();
		plant.arterialCircuitMl += plant.arterialCannula == null ? 0 : plant.arterialCannula.volumeMl();
		oxygenator(oxygenator);
		pump(pump, inlet, arterial);
		if (plant.reservoir) {
			reservoir((Reservoir) reservoirOrPump);
		}
		ArterialFilter filter = onArterial.stream().filter(ArterialFilter.class::isInstance).map(ArterialFilter.class::cast)
				.findFirst().orElse(null);
		if (filter != null) {
			plant.filterResistance = figures.number(filter, FigureKey.RESISTANCE_MMHG_PER_L_MIN, Constants.GENERIC_FILTER_RESISTANCE,
					"arterial filter resistance (median of Riley, JECT 2008)") / ML_S_PER_L_MIN; //$NON-NLS-1$
			plant.arterialCircuitMl += figures.prime(filter, Constants.GENERIC_FILTER_PRIME_ML,
					"arterial filter prime (median of Riley, JECT 2008)"); //$NON-NLS-1$
		}
		for (Component c : circuit.getComponents()) {
			if (!(c instanceof PatientNode) && !(c instanceof Reservoir) && !(c instanceof Oxygenator)
					&& !(c instanceof ArterialFilter) && !(c instanceof Pump) && !(c instanceof Cannula)) {
				double prime = c.getPrimeMl() == null ? figures.catalogPrime(c, holdsBlood(c)) : c.getPrimeMl();
				if (venousComponents.contains(c)) {
					plant.venousLineMl += prime;
				} else if (onArterial.contains(c)) {
					plant.arterialCircuitMl += prime;
				} else {
					plant.sideMl += prime;
				}
			}
			if (c instanceof Pump p && p != pump) {
				plant.sideMl += p.getPrimeMl() == null ? figures.catalogPrime(p, true) : p.getPrimeMl();
			}
		}
		modules(graph, onArterial, venousComponents, pump, oxygenator, filter);
		return plant;
	}

	private void modules(BloodGraph graph, List<Component> onArterial, List<Component> venousComponents, Pump pump,
			Oxygenator oxygenator, ArterialFilter filter) {
		HeaterCooler heaterCooler = graph.first(HeaterCooler.class).orElse(null);
		plant.heaterCooler = heaterCooler != null;
		plant.waterC = heaterCooler == null ? 37 : Math.max(Constants.WATER_MIN_C, Math.min(Constants.WATER_MAX_C,
				heaterCooler.getWaterTemperatureC()));
		GasBlender blender = graph.first(GasBlender.class).orElse(null);
		plant.sweepLMin = blender == null ? 0 : blender.getSweepLMin();
		plant.fio2Percent = blender == null ? Double.NaN : blender.getFio2Percent();
		CardioplegiaSet set = graph.first(CardioplegiaSet.class).orElse(null);
		plant.cardioplegiaSet = set != null;
		if (set != null) {
			plant.protocol = switch (set.getProtocol().getName()) {
			case "DEL_NIDO" -> org.eccworkbench.analysis.CardioplegiaProtocol.DEL_NIDO; //$NON-NLS-1$
			case "CUSTODIOL_HTK" -> org.eccworkbench.analysis.CardioplegiaProtocol.CUSTODIOL_HTK; //$NON-NLS-1$
			case "ST_THOMAS" -> org.eccworkbench.analysis.CardioplegiaProtocol.ST_THOMAS; //$NON-NLS-1$
			case "OTHER" -> null; //$NON-NLS-1$
			default -> org.eccworkbench.analysis.CardioplegiaProtocol.BLOOD_4_1;
			};
			double ratio = set.getBloodToCrystalloidRatio();
			plant.cardioplegiaBloodFraction = plant.protocol != null ? plant.protocol.bloodFraction() : ratio / (1 + ratio);
		}
		plant.hemoconcentrator = graph.first(Hemoconcentrator.class).isPresent();
		int pumpAt = onArterial.indexOf(pump);
		int oxygenatorAt = onArterial.indexOf(oxygenator);
		int filterAt = filter == null ? Integer.MAX_VALUE : onArterial.indexOf(filter);
		for (Sensor sensor : graph.components(Sensor.class)) {
			CircuitElement at = sensor.getAttachedTo();
			Component where = at instanceof Component c ? c
					: at instanceof Connection k ? k.getTarget() == null ? null : k.getTarget().getComponent() : null;
			int index = where == null ? -1 : onArterial.indexOf(where);
			switch (sensor.getSensorKind()) {
			case LEVEL -> plant.levelSensor = true;
			case BUBBLE -> plant.bubbleSensor |= index >= 0 || where == null;
			case FLOW -> plant.flowSensor = true;
			case PRESSURE -> {
				if (venousComponents.contains(where)) {
					plant.pressureSensors.add(Plant.Node.VENOUS_LINE);
				} else if (index < 0) {
					plant.notes.add(NLS.bind(Messages.Plant_sensorNotOnPath, label(sensor)));
				} else if (index <= pumpAt && !(where == pump && at instanceof Component)) {
					plant.pressureSensors.add(Plant.Node.PUMP_INLET);
				} else if (index <= oxygenatorAt) {
					plant.pressureSensors.add(Plant.Node.PRE_OXYGENATOR);
				} else if (index <= filterAt) {
					plant.pressureSensors.add(Plant.Node.POST_OXYGENATOR);
				} else {
					plant.pressureSensors.add(Plant.Node.ARTERIAL_LINE);
				}
			}
			default -> {
				// temperature and blood-gas sensors read what the engine computes anyway
			}
			}
		}
	}

	private void oxygenator(Oxygenator oxygenator) {
		plant.arterialCircuitMl += figures.prime(oxygenator, Constants.GENERIC_OXYGENATOR_PRIME_ML,
				"oxygenator prime (no adult oxygenator prime is public)"); //$NON-NLS-1$
		double rated = oxygenator.getRatedFlowLMin() != null ? oxygenator.getRatedFlowLMin()
				: figures.optional(oxygenator, FigureKey.RATED_FLOW_L_MIN).orElse(Double.NaN);
		if (Double.isNaN(rated)) {
			Optional<Double> max = figures.optional(oxygenator, FigureKey.MAX_FLOW_L_MIN);
			if (max.isPresent()) {
				rated = max.get();
				plant.notes.add(NLS.bind(Messages.Plant_maxAsRated, label(oxygenator), Figures.plain(rated)));
			} else {
				rated = figures.generic(oxygenator, "oxygenator rated flow, L/min (Capiox FX25, Quadrox-i adult)", //$NON-NLS-1$
						Constants.GENERIC_OXYGENATOR_RATED_FLOW_L_MIN);
			}
		}
		plant.oxygenatorRatedFlowMlS = rated * ML_S_PER_L_MIN;
		plant.oxygenatorResistance = figures.number(oxygenator, FigureKey.RESISTANCE_MMHG_PER_L_MIN,
				Constants.GENERIC_OXYGENATOR_RESISTANCE, "oxygenator resistance, mmHg per L/min (Capiox NX19)") //$NON-NLS-1$
				/ ML_S_PER_L_MIN;
		plant.heatExchanger = oxygenator.isHeatExchanger();
		if (plant.heatExchanger) {
			var factor = figures.conditional(oxygenator, FigureKey.HEAT_EXCHANGER_PERFORMANCE_FACTOR, FigureKey.FLOW_L_MIN);
			double pf;
			double flow;
			if (factor.isPresent()) {
				pf = factor.get()[0];
				flow = factor.get()[1];
			} else {
				pf = figures.generic(oxygenator, "heat-exchanger performance factor at 3 L/min (Capiox NX19)", //$NON-NLS-1$
						Constants.GENERIC_HX_FACTOR);
				flow = Constants.GENERIC_HX_FLOW_L_MIN;
			}
			plant.heatExchangerConductanceMlS = -flow * ML_S_PER_L_MIN * Math.log(1 - Math.min(pf, 0.999));
		}
	}

	private void pump(Pump pump, List<Connection> inlet, List<Connection> arterial) throws CircuitException {
		if (pump instanceof RollerPump roller) {
			plant.roller = true;
			double boot = roller.getBootInternalDiameterInch();
			if (boot <= 0 && !inlet.isEmpty()) {
				boot = inlet.get(inlet.size() - 1).getInternalDiameterInch();
			} else if (boot <= 0 && !arterial.isEmpty()) {
				boot = arterial.get(0).getInternalDiameterInch();
			}
			double stroke;
			if (roller.getStrokeVolumeMlPerRev() != null) {
				stroke = roller.getStrokeVolumeMlPerRev();
			} else {
				double inches = boot;
				stroke = java.util.Arrays.stream(RollerStrokeVolume.values()).filter(r -> Math.abs(r.bootInches() - inches) < 1e-6)
						.findFirst().flatMap(r -> r.millilitresPerRev().isPresent()
								? Optional.of(r.millilitresPerRev().getAsDouble()) : Optional.empty())
						.orElseThrow(() -> new CircuitException(NLS.bind(Messages.Plant_noStroke, label(pump), Figures.plain(inches))));
				plant.notes.add(NLS.bind(Messages.Plant_nominalStroke,
						new Object[] { label(pump), Figures.plain(stroke), Figures.plain(inches) }));
			}
			plant.strokeMlPerRev = stroke * roller.getOcclusion();
			plant.maxRpm = org.eccworkbench.analysis.RollerPump.RPM.max();
			plant.arterialCircuitMl += stroke;
			plant.notes.add(NLS.bind(Messages.Plant_bootVolume, label(pump)));
		} else {
			CentrifugalPump centrifugal = (CentrifugalPump) pump;
			plant.maxRpm = centrifugal.getMaxRpm() != null ? centrifugal.getMaxRpm()
					: figures.number(centrifugal, FigureKey.MAX_SPEED_RPM, Constants.GENERIC_CENTRIFUGAL_MAX_RPM,
							"centrifugal maximum speed, rpm (Sarns)"); //$NON-NLS-1$
			plant.centrifugalHead = Constants.CENTRIFUGAL_HEAD_MMHG_PER_RPM2;
			plant.centrifugalDroop = Constants.CENTRIFUGAL_DROOP_MMHG_PER_L_MIN2 / (ML_S_PER_L_MIN * ML_S_PER_L_MIN);
			plant.notes.add(NLS.bind(Messages.Plant_genericHeadCurve, label(pump)));
			plant.arterialCircuitMl += figures.prime(pump, Constants.GENERIC_CENTRIFUGAL_PRIME_ML,
					"centrifugal pump head prime, mL (Sarns)"); //$NON-NLS-1$
		}
	}

	private void reservoir(Reservoir reservoir) {
		plant.capacityMl = reservoir.getCapacityMl() != null ? reservoir.getCapacityMl()
				: figures.number(reservoir, FigureKey.CAPACITY_ML, Constants.GENERIC_RESERVOIR_CAPACITY_ML,
						"reservoir capacity, mL (Capiox hardshell)"); //$NON-NLS-1$
		plant.minLevelMl = reservoir.getMinimumLevelMl() != null ? reservoir.getMinimumLevelMl()
				: figures.number(reservoir, FigureKey.MIN_OPERATING_LEVEL_ML, Constants.GENERIC_MIN_LEVEL_ML,
						"minimum operating level, mL (Capiox RX 4 L)"); //$NON-NLS-1$
		plant.vacuumAssisted = reservoir.isVacuumAssisted();
	}

	private Plant.CannulaModel cannula(List<Component> components, boolean arterial) {
		List<Cannula> cannulae = components.stream().filter(Cannula.class::isInstance).map(Cannula.class::cast).toList();
		if (cannulae.isEmpty()) {
			return null;
		}
		Cannula cannula = arterial ? cannulae.get(cannulae.size() - 1) : cannulae.get(0);
		Optional<double[]> measured = arterial ? figures.conditional(cannula, FigureKey.FLOW_AT_DP_L_MIN, FigureKey.DP_MMHG)
				: figures.conditional(cannula, FigureKey.FLOW_AT_INLET_PRESSURE_L_MIN, FigureKey.INLET_PRESSURE_MMHG);
		if (measured.isEmpty() && arterial) {
			measured = figures.conditional(cannula, FigureKey.FLOW_AT_DP_L_MIN, FigureKey.DP_MMHG);
		}
		if (measured.isEmpty() && !arterial) {
			measured = figures.conditional(cannula, FigureKey.FLOW_AT_DP_L_MIN, FigureKey.DP_MMHG);
		}
		double sizeFr = cannula.getSizeFr();
		double lumen;
		if (sizeFr > 0) {
			lumen = sizeFr * Constants.MM_PER_FRENCH * 1e-3 * Constants.CANNULA_LUMEN_FRACTION;
		} else {
			double q = targetFlowLMin / 60_000.0;
			lumen = Math.sqrt(4 * q / (Math.PI * Constants.CANNULA_SIZING_VELOCITY_M_S));
			plant.notes.add(NLS.bind(Messages.Plant_cannulaSized, label(cannula),
					Figures.plain(Math.round(lumen / Constants.CANNULA_LUMEN_FRACTION * 3000 * 10) / 10.0)));
		}
		if (measured.isPresent()) {
			double resistance = Math.abs(measured.get()[1]) / measured.get()[0] / ML_S_PER_L_MIN;
			return new Plant.CannulaModel(cannula.getId(), resistance, lumen, Constants.CANNULA_LENGTH_M);
		}
		return new Plant.CannulaModel(cannula.getId(), Double.NaN, lumen, Constants.CANNULA_LENGTH_M);
	}

	/** Devices that hold blood; connectors, clamps, valves, sensors, blenders and heater-coolers count as 0 mL. */
	private static boolean holdsBlood(Component c) {
		return c instanceof org.eccworkbench.model.circuit.Hemoconcentrator || c instanceof CardioplegiaSet
				|| c instanceof org.eccworkbench.model.circuit.SuctionVent;
	}

	private static List<Component> targets(List<Connection> path) {
		List<Component> result = new ArrayList<>();
		for (Connection c : path) {
			result.add(c.getTarget().getComponent());
		}
		return result;
	}

	private static double tubeMl(Connection c) {
		double d = c.getInternalDiameterInch() * Constants.M_PER_INCH;
		return Math.PI * d * d / 4 * Math.max(0, c.getLengthM()) * 1e6;
	}

	private static double geometry(Connection c) {
		return Rheology.poiseuilleGeometry(c.getLengthM(), c.getInternalDiameterInch() * Constants.M_PER_INCH);
	}

	static String label(CircuitElement element) {
		return element.getId() != null ? element.getId() : String.valueOf(element.getName());
	}
}
