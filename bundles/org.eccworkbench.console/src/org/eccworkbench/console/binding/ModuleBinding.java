package org.eccworkbench.console.binding;

import java.util.Objects;

/**
 * One console module bound to one circuit component: the module drives the component (a pump
 * head turning a roller pump's boot) or measures at it (a pressure channel on a sensor).
 *
 * @param moduleId    the console's module identifier, for example {@code P1}
 * @param componentId the circuit component's identifier
 */
public record ModuleBinding(String moduleId, String componentId) {

	public ModuleBinding {
		Objects.requireNonNull(moduleId);
		Objects.requireNonNull(componentId);
	}
}
