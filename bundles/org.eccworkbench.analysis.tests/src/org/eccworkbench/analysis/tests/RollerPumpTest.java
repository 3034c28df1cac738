package org.eccworkbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eccworkbench.analysis.RollerPump;
import org.eccworkbench.analysis.RollerStrokeVolume;
import org.eccworkbench.analysis.TubingDiameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RollerPumpTest {

	@Test
	void flowFromRpmAndBack() {
		// 27 mL/rev x 100 rpm = 2700 mL/min = 2.7 L/min; 5 L/min / 27 mL/rev = 185.19 rpm.
		RollerPump pump = new RollerPump(27);
		assertEquals(2.7, pump.flowLitresPerMin(100), 1e-12);
		assertEquals(185.185, pump.rpmFor(5), 1e-3);
		assertEquals(0, pump.flowLitresPerMin(0), 0);
	}

	@Test
	void theOcclusionFactorScalesTheStrokeVolume() {
		// 45 mL/rev x 0.9 = 40.5 mL/rev; x 100 rpm = 4.05 L/min; 4.05 L/min needs 100 rpm.
		RollerPump pump = new RollerPump(45, 0.9);
		assertEquals(40.5, pump.effectiveMillilitresPerRev(), 1e-12);
		assertEquals(4.05, pump.flowLitresPerMin(100), 1e-12);
		assertEquals(100, pump.rpmFor(4.05), 1e-9);
	}

	@ParameterizedTest
	@CsvSource({ "3/16, 7", "1/4, 13", "3/8, 27", "1/2, 45" }) // 6-inch raceway, student flashcards (weak)
	void theNominalStrokeVolumesOfTheReference(String boot, double mlPerRev) {
		assertEquals(mlPerRev, RollerStrokeVolume.nominalMillilitresPerRev(TubingDiameter.parse(boot)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1/8", "5/16", "5/8" })
	void sizesNoSourceGivesAreUnknown(String boot) {
		TubingDiameter diameter = TubingDiameter.parse(boot);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> RollerStrokeVolume.nominalMillilitresPerRev(diameter));
		assertTrue(e.getMessage().startsWith("no published stroke volume for " + diameter.inches()), e.getMessage());
		assertTrue(RollerStrokeVolume.forBoot(diameter).flatMap(row -> row.millilitresPerRev().isPresent()
				? java.util.Optional.of(row) : java.util.Optional.empty()).isEmpty());
	}

	@Test
	void impossibleInputsNameTheFieldAndTheRange() {
		assertEquals("strokeMlPerRev must be between 0.1 and 200 mL/rev, got 0",
				assertThrows(IllegalArgumentException.class, () -> new RollerPump(0)).getMessage());
		assertEquals("occlusionFactor must be between 0.1 and 1 (fraction), got 1.2",
				assertThrows(IllegalArgumentException.class, () -> new RollerPump(27, 1.2)).getMessage());
		assertEquals("rpm must be between 0 and 300 rpm, got -10",
				assertThrows(IllegalArgumentException.class, () -> new RollerPump(27).flowLitresPerMin(-10)).getMessage());
	}
}
