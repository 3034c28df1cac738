package org.eccworkbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eccworkbench.analysis.HeparinDose;
import org.junit.jupiter.api.Test;

class HeparinDoseTest {

	@Test
	void defaultsAre300UnitsPerKgAndOneMgPer100Units() {
		// 80 kg x 300 U/kg = 24000 U; 24000 / 100 x 1.0 mg = 240 mg protamine.
		HeparinDose dose = new HeparinDose(80);
		assertEquals(300, dose.unitsPerKg());
		assertEquals(1.0, dose.protamineMgPer100Units());
		assertEquals(24000, dose.heparinUnits(), 1e-9);
		assertEquals(240, dose.protamineMilligrams(), 1e-9);
	}

	@Test
	void theHighEndsOfCommonPractice() {
		// 70 kg x 400 U/kg = 28000 U; at 1.3 mg per 100 U (NCT00684450): 280 x 1.3 = 364 mg.
		HeparinDose dose = new HeparinDose(70, 400, 1.3);
		assertEquals(28000, dose.heparinUnits(), 1e-9);
		assertEquals(364, dose.protamineMilligrams(), 1e-9);
	}

	@Test
	void impossibleInputsNameTheFieldAndTheRange() {
		assertEquals("weightKg must be between 0.3 and 400 kg, got -80",
				assertThrows(IllegalArgumentException.class, () -> new HeparinDose(-80)).getMessage());
		assertEquals("unitsPerKg must be between 50 and 1000 U/kg, got 3000",
				assertThrows(IllegalArgumentException.class, () -> new HeparinDose(80, 3000, 1)).getMessage());
		assertEquals("protamineMgPer100U must be between 0.1 and 2 mg/100 U, got 0",
				assertThrows(IllegalArgumentException.class, () -> new HeparinDose(80, 300, 0)).getMessage());
	}
}
