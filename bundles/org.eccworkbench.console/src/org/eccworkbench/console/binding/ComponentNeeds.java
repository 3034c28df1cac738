package org.eccworkbench.console.binding;

import java.util.Optional;

import org.eccworkbench.console.ModuleType;
import org.eccworkbench.model.circuit.CentrifugalPump;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.GasBlender;
import org.eccworkbench.model.circuit.HeaterCooler;
import org.eccworkbench.model.circuit.RollerPump;
import org.eccworkbench.model.circuit.Sensor;

/** Which module type a circuit component needs on the console, if it needs one. */
final class ComponentNeeds {

	private ComponentNeeds() {
	}

	static Optional<ModuleType> of(Component component) {
		if (component instanceof RollerPump) {
			return Optional.of(ModuleType.ROLLER_PUMP);
		}
		if (component instanceof CentrifugalPump) {
			return Optional.of(ModuleType.CENTRIFUGAL_DRIVE);
		}
		if (component instanceof HeaterCooler) {
			return Optional.of(ModuleType.HEATER_COOLER);
		}
		if (component instanceof GasBlender) {
			return Optional.of(ModuleType.GAS_BLENDER);
		}
		if (component instanceof Sensor sensor && sensor.getSensorKind() != null) {
			return Optional.of(switch (sensor.getSensorKind()) {
			case PRESSURE -> ModuleType.PRESSURE;
			case TEMPERATURE -> ModuleType.TEMPERATURE;
			case FLOW -> ModuleType.FLOW;
			case BUBBLE -> ModuleType.BUBBLE;
			case LEVEL -> ModuleType.LEVEL;
			case BLOOD_GAS -> ModuleType.BLOOD_GAS;
			});
		}
		return Optional.empty();
	}

	static String label(Component component) {
		return component.getName() == null || component.getName().isBlank() ? component.getId() : component.getName();
	}
}
