package org.eccworkbench.ui.editor.internal.commands;

import java.util.Optional;

import org.eccworkbench.catalog.Category;
import org.eccworkbench.catalog.FigureKey;
import org.eccworkbench.catalog.Product;
import org.eccworkbench.model.circuit.Cannula;
import org.eccworkbench.model.circuit.CannulaKind;
import org.eccworkbench.model.circuit.CircuitFactory;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Port;
import org.eccworkbench.model.circuit.PortKind;
import org.eccworkbench.model.circuit.PumpRole;
import org.eccworkbench.model.circuit.Reservoir;
import org.eccworkbench.model.circuit.ReservoirType;
import org.eccworkbench.model.circuit.Sensor;
import org.eccworkbench.model.circuit.SensorKind;
import org.eccworkbench.model.circuit.SuctionVent;
import org.eccworkbench.model.circuit.SuctionVentKind;

/**
 * New components with sensible ports: blood ports sized for adult tubing (1/2 in venous drainage,
 * 3/8 in elsewhere on the main loop, 1/4 in on side lines), gas, water and signal ports where the
 * part has them. The user adjusts sizes in the properties.
 */
public final class ComponentFactory {

	static final double HALF_INCH = 0.5;
	static final double THREE_EIGHTHS = 0.375;
	static final double QUARTER_INCH = 0.25;

	private static final CircuitFactory MODEL = CircuitFactory.eINSTANCE;

	private ComponentFactory() {
	}

	/** A generic part of {@code kind} with id {@code id}. */
	public static Component create(PartKind kind, String id) {
		Component component = instantiate(kind);
		component.setId(id);
		component.setName(kind.label());
		addPorts(component, kind);
		return component;
	}

	/** The part a catalog product is, or empty when the product is not a part (tubing, boots). */
	public static Optional<PartKind> kindOf(Product product) {
		return Optional.ofNullable(switch (product.category()) {
		case OXYGENATOR -> PartKind.OXYGENATOR;
		case RESERVOIR -> PartKind.RESERVOIR;
		case ARTERIAL_FILTER -> PartKind.ARTERIAL_FILTER;
		case ARTERIAL_CANNULA -> PartKind.ARTERIAL_CANNULA;
		case VENOUS_CANNULA -> PartKind.VENOUS_CANNULA;
		case CENTRIFUGAL_PUMP_HEAD -> PartKind.CENTRIFUGAL_PUMP;
		case ROLLER_PUMP -> PartKind.ROLLER_PUMP;
		case HEMOCONCENTRATOR -> PartKind.HEMOCONCENTRATOR;
		case CARDIOPLEGIA_SET -> PartKind.CARDIOPLEGIA_SET;
		case TUBING, ROLLER_PUMP_BOOT -> null;
		});
	}

	/** The part {@code product} is, referring to it, with the figures the model keeps itself. */
	public static Optional<Component> create(Product product, String id) {
		return kindOf(product).map(kind -> {
			Component component = create(kind, id);
			component.setProductId(product.id());
			component.setName(product.displayName());
			if (component instanceof Cannula cannula) {
				product.figure(FigureKey.SIZE_FR).ifPresent(f -> cannula.setSizeFr(f.value()));
				cannula.setCannulaKind(cannulaKind(product));
			}
			if (component instanceof Reservoir reservoir && product.type().filter("soft-bag"::equals).isPresent()) { //$NON-NLS-1$
				reservoir.setReservoirType(ReservoirType.SOFT_BAG);
			}
			return component;
		});
	}

	private static CannulaKind cannulaKind(Product product) {
		String type = product.type().orElse(""); //$NON-NLS-1$
		if (product.category() == Category.ARTERIAL_CANNULA) {
			return "femoral".equals(type) ? CannulaKind.FEMORAL_ARTERIAL : CannulaKind.AORTIC; //$NON-NLS-1$
		}
		return switch (type) {
		case "single-stage" -> CannulaKind.VENOUS_SINGLE_STAGE; //$NON-NLS-1$
		case "bicaval" -> CannulaKind.VENOUS_BICAVAL; //$NON-NLS-1$
		case "femoral" -> CannulaKind.FEMORAL_VENOUS; //$NON-NLS-1$
		case "ecmo-dual-lumen" -> CannulaKind.DUAL_LUMEN; //$NON-NLS-1$
		default -> CannulaKind.VENOUS_TWO_STAGE;
		};
	}

	private static Component instantiate(PartKind kind) {
		return switch (kind) {
		case PATIENT -> MODEL.createPatientNode();
		case VENOUS_CANNULA -> {
			Cannula cannula = MODEL.createCannula();
			cannula.setCannulaKind(CannulaKind.VENOUS_TWO_STAGE);
			yield cannula;
		}
		case ARTERIAL_CANNULA -> {
			Cannula cannula = MODEL.createCannula();
			cannula.setCannulaKind(CannulaKind.AORTIC);
			yield cannula;
		}
		case RESERVOIR -> MODEL.createReservoir();
		case ROLLER_PUMP -> {
			var pump = MODEL.createRollerPump();
			pump.setRole(PumpRole.ARTERIAL);
			yield pump;
		}
		case CENTRIFUGAL_PUMP -> {
			var pump = MODEL.createCentrifugalPump();
			pump.setRole(PumpRole.ARTERIAL);
			yield pump;
		}
		case OXYGENATOR -> MODEL.createOxygenator();
		case ARTERIAL_FILTER -> MODEL.createArterialFilter();
		case CARDIOPLEGIA_SET -> MODEL.createCardioplegiaSet();
		case SUCTION, VENT -> {
			SuctionVent sucker = MODEL.createSuctionVent();
			sucker.setSuctionVentKind(kind == PartKind.VENT ? SuctionVentKind.VENT : SuctionVentKind.SUCTION);
			yield sucker;
		}
		case HEMOCONCENTRATOR -> MODEL.createHemoconcentrator();
		case ONE_WAY_VALVE -> MODEL.createOneWayValve();
		case CLAMP -> MODEL.createClamp();
		case CONNECTOR -> MODEL.createConnector();
		case PRESSURE_SENSOR, TEMPERATURE_SENSOR, FLOW_SENSOR, BUBBLE_SENSOR -> {
			Sensor sensor = MODEL.createSensor();
			sensor.setSensorKind(switch (kind) {
			case TEMPERATURE_SENSOR -> SensorKind.TEMPERATURE;
			case FLOW_SENSOR -> SensorKind.FLOW;
			case BUBBLE_SENSOR -> SensorKind.BUBBLE;
			default -> SensorKind.PRESSURE;
			});
			yield sensor;
		}
		case GAS_BLENDER -> MODEL.createGasBlender();
		case HEATER_COOLER -> MODEL.createHeaterCooler();
		};
	}

	private static void addPorts(Component c, PartKind kind) {
		switch (kind) {
		case PATIENT -> {
			port(c, "venousOut", PortKind.BLOOD_OUT, HALF_INCH); //$NON-NLS-1$
			port(c, "arterialIn", PortKind.BLOOD_IN, THREE_EIGHTHS); //$NON-NLS-1$
			port(c, "cardioplegiaIn", PortKind.BLOOD_IN, QUARTER_INCH); //$NON-NLS-1$
		}
		case VENOUS_CANNULA -> inOut(c, HALF_INCH);
		case RESERVOIR -> {
			port(c, "venousIn", PortKind.BLOOD_IN, HALF_INCH); //$NON-NLS-1$
			port(c, "cardiotomyIn", PortKind.SUCTION_IN, QUARTER_INCH); //$NON-NLS-1$
			port(c, "out", PortKind.BLOOD_OUT, THREE_EIGHTHS); //$NON-NLS-1$
		}
		case ARTERIAL_CANNULA, ROLLER_PUMP, CENTRIFUGAL_PUMP, ARTERIAL_FILTER, CLAMP, CONNECTOR -> inOut(c, THREE_EIGHTHS);
		case OXYGENATOR -> {
			inOut(c, THREE_EIGHTHS);
			port(c, "gasIn", PortKind.GAS_IN, 0); //$NON-NLS-1$
			port(c, "gasOut", PortKind.GAS_OUT, 0); //$NON-NLS-1$
			port(c, "waterIn", PortKind.WATER_IN, 0); //$NON-NLS-1$
			port(c, "waterOut", PortKind.WATER_OUT, 0); //$NON-NLS-1$
		}
		case CARDIOPLEGIA_SET -> {
			inOut(c, QUARTER_INCH);
			port(c, "waterIn", PortKind.WATER_IN, 0); //$NON-NLS-1$
			port(c, "waterOut", PortKind.WATER_OUT, 0); //$NON-NLS-1$
		}
		case SUCTION, VENT -> port(c, "out", PortKind.BLOOD_OUT, QUARTER_INCH); //$NON-NLS-1$
		case HEMOCONCENTRATOR, ONE_WAY_VALVE -> inOut(c, QUARTER_INCH);
		case PRESSURE_SENSOR, TEMPERATURE_SENSOR, FLOW_SENSOR, BUBBLE_SENSOR -> port(c, "signal", PortKind.SIGNAL, 0); //$NON-NLS-1$
		case GAS_BLENDER -> port(c, "gasOut", PortKind.GAS_OUT, 0); //$NON-NLS-1$
		case HEATER_COOLER -> {
			port(c, "waterOut", PortKind.WATER_OUT, 0); //$NON-NLS-1$
			port(c, "waterIn", PortKind.WATER_IN, 0); //$NON-NLS-1$
		}
		}
	}

	private static void inOut(Component c, double diameter) {
		port(c, "in", PortKind.BLOOD_IN, diameter); //$NON-NLS-1$
		port(c, "out", PortKind.BLOOD_OUT, diameter); //$NON-NLS-1$
	}

	private static void port(Component component, String name, PortKind kind, double diameter) {
		Port port = MODEL.createPort();
		port.setName(name);
		port.setId(component.getId() + "." + name); //$NON-NLS-1$
		port.setKind(kind);
		port.setDiameterInch(diameter);
		component.getPorts().add(port);
	}

	/** Gives every port of {@code component} the id {@code componentId.portName}. */
	public static void renamePorts(Component component) {
		for (Port port : component.getPorts()) {
			port.setId(component.getId() + "." + port.getName()); //$NON-NLS-1$
		}
	}
}
