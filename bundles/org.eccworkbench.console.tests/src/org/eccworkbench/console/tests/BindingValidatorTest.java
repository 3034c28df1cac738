package org.eccworkbench.console.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;

import org.eccworkbench.console.ChannelSpec;
import org.eccworkbench.console.ConsoleDescription;
import org.eccworkbench.console.ConsoleMode;
import org.eccworkbench.console.ConsoleModule;
import org.eccworkbench.console.ModuleLimits;
import org.eccworkbench.console.ModuleType;
import org.eccworkbench.console.binding.BindingProblem;
import org.eccworkbench.console.binding.BindingProblem.Kind;
import org.eccworkbench.console.binding.BindingValidator;
import org.eccworkbench.console.binding.CircuitBinding;
import org.eccworkbench.console.binding.ModuleBinding;
import org.eccworkbench.model.circuit.CentrifugalPump;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.CircuitFactory;
import org.eccworkbench.model.circuit.RollerPump;
import org.eccworkbench.model.circuit.Sensor;
import org.eccworkbench.model.circuit.SensorKind;
import org.junit.jupiter.api.Test;

/** Binding a circuit to a console: pump modules, boots, speeds and sensors. */
class BindingValidatorTest {

	private static final CircuitFactory F = CircuitFactory.eINSTANCE;

	private static ConsoleModule roller(String id, double... boots) {
		List<Double> inches = java.util.Arrays.stream(boots).boxed().toList();
		return new ConsoleModule(id, ModuleType.ROLLER_PUMP, id, List.of(new ChannelSpec(id + ".rpm", "rpm")),
				ModuleLimits.NONE.withMaxRpm(250).withBoots(inches));
	}

	private static final ConsoleDescription CONSOLE = new ConsoleDescription("Test", "T-2", "1", "1", ConsoleMode.TRAINING,
			List.of(roller("P1", 0.375, 0.5), roller("P2", 0.25, 0.375),
					new ConsoleModule("C1", ModuleType.CENTRIFUGAL_DRIVE, "C1", List.of(new ChannelSpec("c1.rpm", "rpm")),
							new ModuleLimits(OptionalDouble.of(3600), List.of(), OptionalDouble.empty(), OptionalDouble.empty())),
					new ConsoleModule("PR1", ModuleType.PRESSURE, "PR1", List.of(new ChannelSpec("art.pressure", "mmHg")),
							ModuleLimits.NONE)));

	private static RollerPump roller(Circuit c, String id, double boot) {
		RollerPump pump = F.createRollerPump();
		pump.setId(id);
		pump.setName(id);
		pump.setBootInternalDiameterInch(boot);
		c.getComponents().add(pump);
		return pump;
	}

	private static Sensor sensor(Circuit c, String id, SensorKind kind) {
		Sensor sensor = F.createSensor();
		sensor.setId(id);
		sensor.setSensorKind(kind);
		c.getComponents().add(sensor);
		return sensor;
	}

	@Test
	void aProposedBindingOfAFittingCircuitHasNoProblem() {
		Circuit c = F.createCircuit();
		roller(c, "arterial", 0.5);
		roller(c, "cardioplegia", 0.25);
		sensor(c, "line", SensorKind.PRESSURE);
		CircuitBinding binding = BindingValidator.propose(c, CONSOLE);
		assertEquals(List.of(new ModuleBinding("P1", "arterial"), new ModuleBinding("P2", "cardioplegia"),
				new ModuleBinding("PR1", "line")), binding.bindings());
		assertEquals(List.of(), BindingValidator.validate(c, CONSOLE, binding));
	}

	@Test
	void tooManyPumpsAWrongBootAndAMissingSensorAreReported() {
		Circuit c = F.createCircuit();
		roller(c, "arterial", 0.625);
		roller(c, "cardioplegia", 0.25);
		roller(c, "vent", 0.25);
		sensor(c, "temperature", SensorKind.TEMPERATURE);
		CentrifugalPump centrifugal = F.createCentrifugalPump();
		centrifugal.setId("centrifugal");
		centrifugal.setMaxRpm(5000);
		c.getComponents().add(centrifugal);
		CircuitBinding binding = new CircuitBinding(List.of(new ModuleBinding("P1", "arterial"),
				new ModuleBinding("P2", "cardioplegia"), new ModuleBinding("C1", "centrifugal"), new ModuleBinding("P2", "vent")));
		List<Kind> kinds = BindingValidator.validate(c, CONSOLE, binding).stream().map(BindingProblem::kind).toList();
		assertTrue(kinds.contains(Kind.NOT_ENOUGH_PUMP_MODULES), kinds::toString);
		assertTrue(kinds.contains(Kind.BOOT_NOT_ACCEPTED), kinds::toString);
		assertTrue(kinds.contains(Kind.SPEED_ABOVE_LIMIT), kinds::toString);
		assertTrue(kinds.contains(Kind.MODULE_BOUND_TWICE), kinds::toString);
		assertTrue(kinds.contains(Kind.SENSOR_MISSING), kinds::toString);
	}

	@Test
	void theBootProblemNamesTheSizes() {
		Circuit c = F.createCircuit();
		roller(c, "arterial", 0.625);
		List<BindingProblem> problems = BindingValidator.validate(c, CONSOLE,
				new CircuitBinding(List.of(new ModuleBinding("P1", "arterial"))));
		assertEquals(1, problems.size(), problems::toString);
		String message = problems.get(0).message();
		assertTrue(message.contains("5/8\"") && message.contains("3/8\", 1/2\""), message);
	}

	@Test
	void unknownModulesAndWrongTypesAreReported() {
		Circuit c = F.createCircuit();
		roller(c, "arterial", 0.5);
		roller(c, "vent", 0.25);
		sensor(c, "line", SensorKind.PRESSURE);
		List<Kind> kinds = BindingValidator.validate(c, CONSOLE, new CircuitBinding(List.of(new ModuleBinding("P9", "arterial"),
				new ModuleBinding("P1", "line")))).stream().map(BindingProblem::kind).toList();
		assertTrue(kinds.contains(Kind.UNKNOWN_MODULE), kinds::toString);
		assertTrue(kinds.contains(Kind.WRONG_MODULE_TYPE), kinds::toString);
		assertTrue(kinds.contains(Kind.PUMP_UNBOUND), kinds::toString);
	}
}
