package org.eccworkbench.console.binding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eccworkbench.console.ConsoleDescription;
import org.eccworkbench.console.ConsoleModule;
import org.eccworkbench.console.ModuleType;
import org.eccworkbench.console.binding.BindingProblem.Kind;
import org.eccworkbench.console.internal.Messages;
import org.eccworkbench.model.circuit.CentrifugalPump;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.RollerPump;
import org.eclipse.osgi.util.NLS;

/**
 * Checks a {@link CircuitBinding} of a circuit to a console, and proposes one. Every pump must be
 * driven by a pump module of its kind (a roller pump by a head that accepts its boot, a
 * centrifugal pump by a drive fast enough), every sensor, heater-cooler and gas blender must be
 * measured by a module of its type.
 */
public final class BindingValidator {

	private BindingValidator() {
	}

	/** The problems of {@code binding}; empty when the console can run the circuit. */
	public static List<BindingProblem> validate(Circuit circuit, ConsoleDescription console, CircuitBinding binding) {
		List<BindingProblem> problems = new ArrayList<>();
		Map<String, Component> components = new HashMap<>();
		circuit.getComponents().forEach(c -> components.put(c.getId(), c));
		Map<String, ConsoleModule> modules = new HashMap<>();
		console.modules().forEach(m -> modules.put(m.id(), m));
		countPumps(circuit, console, problems);
		Set<String> usedModules = new HashSet<>();
		for (ModuleBinding b : binding.bindings()) {
			ConsoleModule module = modules.get(b.moduleId());
			Component component = components.get(b.componentId());
			if (module == null) {
				problems.add(new BindingProblem(Kind.UNKNOWN_MODULE, b.componentId(), b.moduleId(),
						NLS.bind(Messages.Binding_unknownModule, b.moduleId(), console.model())));
			} else if (component == null) {
				problems.add(new BindingProblem(Kind.UNKNOWN_COMPONENT, b.componentId(), b.moduleId(),
						NLS.bind(Messages.Binding_unknownComponent, b.componentId())));
			} else if (!usedModules.add(b.moduleId())) {
				problems.add(new BindingProblem(Kind.MODULE_BOUND_TWICE, b.componentId(), b.moduleId(),
						NLS.bind(Messages.Binding_twice, b.moduleId())));
			} else {
				checkPair(component, module, problems);
			}
		}
		for (Component component : circuit.getComponents()) {
			Optional<ModuleType> needed = ComponentNeeds.of(component);
			if (needed.isPresent() && binding.moduleOf(component.getId()).isEmpty()) {
				boolean pump = needed.get().isPump();
				problems.add(new BindingProblem(pump ? Kind.PUMP_UNBOUND : Kind.SENSOR_MISSING, component.getId(), "",
						NLS.bind(pump ? Messages.Binding_pumpUnbound : Messages.Binding_sensorMissing,
								ComponentNeeds.label(component), needed.get().id())));
			}
		}
		return problems;
	}

	private static void countPumps(Circuit circuit, ConsoleDescription console, List<BindingProblem> problems) {
		Map<ModuleType, Integer> needed = new EnumMap<>(ModuleType.class);
		for (Component component : circuit.getComponents()) {
			ComponentNeeds.of(component).filter(ModuleType::isPump).ifPresent(t -> needed.merge(t, 1, Integer::sum));
		}
		needed.forEach((type, count) -> {
			long available = console.modules(type).count();
			if (available < count) {
				problems.add(new BindingProblem(Kind.NOT_ENOUGH_PUMP_MODULES, "", "", NLS.bind(Messages.Binding_notEnoughPumps,
						new Object[] { count, type.id(), console.model(), available })));
			}
		});
	}

	private static void checkPair(Component component, ConsoleModule module, List<BindingProblem> problems) {
		Optional<ModuleType> needed = ComponentNeeds.of(component);
		if (needed.isEmpty() || needed.get() != module.type()) {
			problems.add(new BindingProblem(Kind.WRONG_MODULE_TYPE, component.getId(), module.id(),
					NLS.bind(Messages.Binding_wrongType, new Object[] { module.id(), module.type().id(),
							ComponentNeeds.label(component), needed.map(ModuleType::id).orElse("-") })));
			return;
		}
		if (component instanceof RollerPump roller && !module.limits().acceptsBoot(roller.getBootInternalDiameterInch())) {
			problems.add(new BindingProblem(Kind.BOOT_NOT_ACCEPTED, component.getId(), module.id(),
					NLS.bind(Messages.Binding_boot, new Object[] { ComponentNeeds.label(component),
							inch(roller.getBootInternalDiameterInch()), module.id(), boots(module) })));
		}
		if (component instanceof CentrifugalPump centrifugal && centrifugal.getMaxRpm() != null
				&& module.limits().maxRpm().isPresent() && centrifugal.getMaxRpm() > module.limits().maxRpm().getAsDouble()) {
			problems.add(new BindingProblem(Kind.SPEED_ABOVE_LIMIT, component.getId(), module.id(),
					NLS.bind(Messages.Binding_speed, new Object[] { ComponentNeeds.label(component), centrifugal.getMaxRpm(),
							module.id(), (long) module.limits().maxRpm().getAsDouble() })));
		}
	}

	/**
	 * A binding that gives each pump, in circuit order, the first free module of its kind that
	 * accepts it, and each sensor the first free module of its type. What cannot be bound is left
	 * out, and {@link #validate} then reports it.
	 */
	public static CircuitBinding propose(Circuit circuit, ConsoleDescription console) {
		List<ModuleBinding> bindings = new ArrayList<>();
		Set<String> used = new HashSet<>();
		for (Component component : circuit.getComponents()) {
			Optional<ModuleType> needed = ComponentNeeds.of(component);
			if (needed.isEmpty()) {
				continue;
			}
			List<BindingProblem> scratch = new ArrayList<>();
			console.modules(needed.get()).filter(m -> !used.contains(m.id())).filter(m -> {
				scratch.clear();
				checkPair(component, m, scratch);
				return scratch.isEmpty();
			}).findFirst().ifPresent(m -> {
				used.add(m.id());
				bindings.add(new ModuleBinding(m.id(), component.getId()));
			});
		}
		return new CircuitBinding(bindings);
	}

	private static String boots(ConsoleModule module) {
		return String.join(", ", module.limits().acceptedBootsInch().stream().map(BindingValidator::inch).toList());
	}

	/** An internal diameter as the fraction perfusionists say: 3/8, 1/2, 1/4, 3/16; decimals otherwise. */
	static String inch(double inches) {
		for (int denominator : new int[] { 2, 4, 8, 16, 32 }) {
			double numerator = inches * denominator;
			if (Math.abs(numerator - Math.rint(numerator)) < 0.001) {
				return (long) Math.rint(numerator) + "/" + denominator + "\"";
			}
		}
		return inches + "\"";
	}
}
