package org.eccworkbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eccworkbench.analysis.BloodVolumeBand;
import org.eccworkbench.analysis.BloodVolumeEstimate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class BloodVolumeTest {

	@ParameterizedTest
	@CsvSource({ // Iowa protocol, and the Nadler-based table (MDApp) for adolescents
			"preterm, 90, 100", "term-neonate, 80, 90", "infant, 70, 80", "child, 70, 75", "obese-child, 60, 65",
			"adolescent-male, 70, 70", "adolescent-female, 65, 65", "adult, 65, 70" })
	void theBandsCarryTheirPublishedRanges(String id, double low, double high) {
		BloodVolumeBand band = BloodVolumeBand.fromId(id);
		assertEquals(low, band.lowMlPerKg());
		assertEquals(high, band.highMlPerKg());
	}

	@Test
	void anAdultOf80KgHas5200To5600Ml() {
		// Iowa, adult 65-70 mL/kg: 80 x 65 = 5200 mL, 80 x 70 = 5600 mL, middle 5400 mL.
		BloodVolumeEstimate ebv = BloodVolumeEstimate.of(BloodVolumeBand.ADULT, 80);
		assertEquals(5200, ebv.lowMillilitres(), 1e-9);
		assertEquals(5600, ebv.highMillilitres(), 1e-9);
		assertEquals(5400, ebv.ebvMillilitres(), 1e-9);
	}

	@Test
	void aTermNeonateOf3500g() {
		// Iowa, term neonate 80-90 mL/kg: 3.5 x 80 = 280 mL, 3.5 x 90 = 315 mL, middle 297.5 mL.
		BloodVolumeEstimate ebv = BloodVolumeEstimate.of(BloodVolumeBand.TERM_NEONATE, 3.5);
		assertEquals(280, ebv.lowMillilitres(), 1e-9);
		assertEquals(315, ebv.highMillilitres(), 1e-9);
		assertEquals(297.5, ebv.ebvMillilitres(), 1e-9);
	}

	@Test
	void anExplicitFigureIsUsedAsIs() {
		// 70 mL/kg of actual weight (an adult alternative, perfusfind) x 80 kg = 5600 mL.
		BloodVolumeEstimate ebv = BloodVolumeEstimate.explicit(70, 80);
		assertEquals(5600, ebv.ebvMillilitres(), 1e-9);
		assertEquals(ebv.lowMillilitres(), ebv.highMillilitres());
	}

	@ParameterizedTest
	@EnumSource(BloodVolumeBand.class)
	void everyBandIsFoundByItsIdAndHasASource(BloodVolumeBand band) {
		assertSame(band, BloodVolumeBand.fromId(band.id()));
		assertTrue(band.lowMlPerKg() <= band.highMlPerKg());
		assertTrue(!band.source().title().isBlank());
	}

	@Test
	void impossibleInputsNameTheFieldAndTheRange() {
		assertEquals("weightKg must be between 0.3 and 400 kg, got -1",
				assertThrows(IllegalArgumentException.class, () -> BloodVolumeEstimate.of(BloodVolumeBand.ADULT, -1))
						.getMessage());
		assertEquals("mlPerKg must be between 30 and 150 mL/kg, got 700",
				assertThrows(IllegalArgumentException.class, () -> BloodVolumeEstimate.explicit(700, 80)).getMessage());
		assertEquals("highMlPerKg must be between 70 and 150 mL/kg, got 60",
				assertThrows(IllegalArgumentException.class, () -> new BloodVolumeEstimate(80, 70, 60)).getMessage());
		assertEquals("band must be one of " + BloodVolumeBand.ids() + ", got 'elderly'",
				assertThrows(IllegalArgumentException.class, () -> BloodVolumeBand.fromId("elderly")).getMessage());
	}
}
