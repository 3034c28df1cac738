package org.eccworkbench.console.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eccworkbench.console.registry.DriverDescriptor;
import org.eccworkbench.console.registry.DriverLoadException;
import org.eccworkbench.console.registry.DriverRegistry;
import org.eccworkbench.console.transport.TransportKind;
import org.junit.jupiter.api.Test;

/** The registry over the contributions of this fragment (fragment.xml). */
class DriverRegistryTest {

	@Test
	void declarationsAreReadWithoutLoadingAnyDriver() {
		int before = CountingDriver.CREATED.get();
		DriverRegistry registry = DriverRegistry.fromExtensions();
		DriverDescriptor better = registry.find("test.better").orElseThrow();
		assertEquals("Better", better.name());
		assertEquals("Test", better.vendor());
		assertEquals(List.of("C-1", "C-2"), better.models());
		assertEquals(Set.of(TransportKind.TCP, TransportKind.SERIAL), better.transports());
		assertEquals("test.counting", better.replaces().orElseThrow());
		assertEquals("org.eccworkbench.console", better.contributor());
		assertFalse(better.isLoaded());
		assertEquals(before, CountingDriver.CREATED.get(), "reading declarations created a driver");
	}

	@Test
	void theDriverIsCreatedOnceOnFirstUse() throws DriverLoadException {
		DriverDescriptor counting = DriverRegistry.fromExtensions().find("test.counting").orElseThrow();
		int before = CountingDriver.CREATED.get();
		assertSame(counting.createDriver(), counting.createDriver());
		assertEquals(before + 1, CountingDriver.CREATED.get());
		assertTrue(counting.isLoaded());
	}

	@Test
	void brokenContributionsAreReportedWithTheirContributorAndSkipped() {
		DriverRegistry registry = DriverRegistry.fromExtensions();
		List<String> problems = registry.problems();
		assertTrue(problems.stream().anyMatch(p -> p.contains("test.counting") && p.contains("org.eccworkbench.console")),
				problems::toString);
		assertTrue(problems.stream().anyMatch(p -> p.contains("test.novendor")), problems::toString);
		assertTrue(problems.stream().anyMatch(p -> p.contains("pigeon")), problems::toString);
		assertTrue(registry.find("test.novendor").isEmpty());
		assertTrue(registry.find("test.pigeon").isEmpty());
		assertEquals("Counting", registry.find("test.counting").orElseThrow().name(), "the first contribution keeps the id");
	}

	@Test
	void aReplacedDriverIsNotOfferedButStillFound() {
		DriverRegistry registry = DriverRegistry.fromExtensions();
		assertTrue(registry.offered().stream().noneMatch(d -> d.id().equals("test.counting")));
		assertTrue(registry.offered().stream().anyMatch(d -> d.id().equals("test.better")));
		assertTrue(registry.find("test.counting").isPresent());
	}

	@Test
	void aClassThatIsNoDriverOrDoesNotExistFailsWhenLoadedOnly() {
		DriverRegistry registry = DriverRegistry.fromExtensions();
		DriverLoadException notADriver = assertThrows(DriverLoadException.class,
				() -> registry.find("test.notadriver").orElseThrow().createDriver());
		assertTrue(notADriver.getMessage().contains("java.lang.Object"), notADriver.getMessage());
		assertThrows(DriverLoadException.class, () -> registry.find("test.missing").orElseThrow().createDriver());
		DriverLoadException broken = assertThrows(DriverLoadException.class,
				() -> registry.find("test.broken").orElseThrow().createDriver());
		assertTrue(broken.getMessage().contains("format"), broken.getMessage());
		assertInstanceOf(String.class, broken.getMessage());
	}
}
