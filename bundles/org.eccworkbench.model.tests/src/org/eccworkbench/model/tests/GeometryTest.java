package org.eccworkbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.internal.Geometry;
import org.junit.jupiter.api.Test;

class GeometryTest {

	@Test
	void primeOfATubeIsTheVolumeOfACylinder() {
		// 3/8 in = 9.525 mm ID: pi x 0.47625^2 cm2 x 100 cm = 71.26 mL per metre (REFERENCE table: 71.3).
		assertEquals(71.256, Geometry.tubePrimeMl(0.375, 1.0), 0.001);
		// 1/2 in x 1.8 m: pi x 0.635^2 x 180 = 228.01 mL.
		assertEquals(228.01, Geometry.tubePrimeMl(0.5, 1.8), 0.01);
		assertEquals(0.0, Geometry.tubePrimeMl(0.375, 0.0));
		assertEquals(0.0, Geometry.tubePrimeMl(-1, 1.0));
	}

	@Test
	void connectionsReportTheirPrime() {
		Circuit circuit = Circuits.minimal();
		double total = circuit.getConnections().stream().mapToDouble(c -> c.primeVolumeMl()).sum();
		// 1/2 in: 1.8 m + 0.6 m = 2.4 m x 126.68 mL/m = 304.02; 3/8 in: 0.5 m + 1.8 m = 2.3 m x 71.256 = 163.89.
		assertEquals(304.02 + 163.89, total, 0.05);
	}
}
