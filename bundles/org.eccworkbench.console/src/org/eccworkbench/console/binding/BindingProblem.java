package org.eccworkbench.console.binding;

import java.util.Objects;

/**
 * What is wrong with a binding. {@code componentId} or {@code moduleId} is empty when the problem
 * concerns no single one; {@code message} says it in the user's language.
 */
public record BindingProblem(Kind kind, String componentId, String moduleId, String message) {

	/** The kinds of problem. */
	public enum Kind {
		/** The circuit has more pumps of a kind than the console has pump modules of that kind. */
		NOT_ENOUGH_PUMP_MODULES,
		/** A roller pump's boot is not one the bound pump head accepts. */
		BOOT_NOT_ACCEPTED,
		/** A centrifugal pump may turn faster than the bound drive can. */
		SPEED_ABOVE_LIMIT,
		/** A sensor (or heater-cooler, gas blender) has no console module bound to it. */
		SENSOR_MISSING,
		/** A pump has no console module bound to it. */
		PUMP_UNBOUND,
		/** The bound module is of a type that cannot drive or measure the component. */
		WRONG_MODULE_TYPE,
		/** The binding names a module the console does not have. */
		UNKNOWN_MODULE,
		/** The binding names a component the circuit does not have. */
		UNKNOWN_COMPONENT,
		/** One module is bound to two components. */
		MODULE_BOUND_TWICE
	}

	public BindingProblem {
		Objects.requireNonNull(kind);
		Objects.requireNonNull(componentId);
		Objects.requireNonNull(moduleId);
		Objects.requireNonNull(message);
	}
}
