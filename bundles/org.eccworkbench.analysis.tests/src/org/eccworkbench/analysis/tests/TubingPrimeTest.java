package org.eccworkbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eccworkbench.analysis.TubingDiameter;
import org.eccworkbench.analysis.TubingPrime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TubingPrimeTest {

	@ParameterizedTest
	@CsvSource({ // docs/clinical-formulas.md: computed mL per metre, one decimal
			"1/8, 7.9", "3/16, 17.8", "1/4, 31.7", "5/16, 49.5", "3/8, 71.3", "1/2, 126.7" })
	void millilitresPerMetreMatchTheReferenceTable(String id, double mlPerMetre) {
		assertEquals(mlPerMetre, new TubingPrime(TubingDiameter.parse(id), 1).millilitresPerMetre(), 0.05);
	}

	@Test
	void primeOfTwoMetresOfThreeEighths() {
		// ID 3/8" = 0.9525 cm, r = 0.47625 cm, area = pi x 0.47625^2 = 0.712557 cm2;
		// L = 2 m = 200 cm: V = 142.51 cm3 = 142.51 mL.
		assertEquals(142.51, new TubingPrime(TubingDiameter.parse("3/8"), 2).primeMillilitres(), 0.01);
	}

	@Test
	void fractionsAndDecimalsReadTheSame() {
		assertEquals(0.375, TubingDiameter.parse("3/8").inches(), 1e-12);
		assertEquals(0.375, TubingDiameter.parse("0.375").inches(), 1e-12);
		assertEquals(0.375, TubingDiameter.parse(" 3 / 8\"").inches(), 1e-12);
		assertEquals(0.5, TubingDiameter.parse("1/2in").inches(), 1e-12);
		assertEquals(0.1875, TubingDiameter.parse("3/16").inches(), 1e-12);
		assertEquals(0.25, TubingDiameter.parse(".25").inches(), 1e-12);
		assertEquals(9.525, TubingDiameter.parse("3/8").millimetres(), 1e-9);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "three-eighths", "3/0", "3/8/2", "-0.375", "1,5", "3/8 mm" })
	void unreadableDiametersAreRefused(String text) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TubingDiameter.parse(text));
		assertEquals("idInch must be an inch fraction such as 3/8 or a decimal such as 0.375, got '" + text + "'",
				e.getMessage());
	}

	@Test
	void impossibleSizesNameTheFieldAndTheRange() {
		assertEquals("idInch must be between 0.0625 and 1 in, got 1.5",
				assertThrows(IllegalArgumentException.class, () -> TubingDiameter.parse("3/2")).getMessage());
		assertEquals("lengthM must be between 0 and 100 m, got -1",
				assertThrows(IllegalArgumentException.class, () -> new TubingPrime(TubingDiameter.parse("3/8"), -1))
						.getMessage());
	}
}
