package org.eccworkbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eccworkbench.analysis.CardioplegiaProtocol;
import org.eccworkbench.analysis.CardioplegiaProtocol.Dose;
import org.eccworkbench.analysis.CardioplegiaVolumes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CardioplegiaTest {

	@Test
	void delNidoForA20KgChild() {
		// 20 mL/kg x 20 kg = 400 mL (JECT 2024;56:159); 1 blood : 4 crystalloid: 80 mL blood, 320 mL crystalloid.
		CardioplegiaVolumes volumes = CardioplegiaVolumes.byWeight(CardioplegiaProtocol.DEL_NIDO, Dose.INDUCTION, 20);
		assertEquals(400, volumes.totalMl(), 1e-9);
		assertEquals(80, volumes.bloodMl(), 1e-9);
		assertEquals(320, volumes.crystalloidMl(), 1e-9);
		assertFalse(volumes.capped());
	}

	@Test
	void delNidoForAnAdultStopsAtTheMaximum() {
		// 20 x 70 = 1400 mL, more than the adult example's 1000 mL (Perfusion 2021;36(5):463):
		// 1000 mL = 200 mL blood + 800 mL crystalloid.
		CardioplegiaVolumes volumes = CardioplegiaVolumes.byWeight(CardioplegiaProtocol.DEL_NIDO, Dose.INDUCTION, 70);
		assertEquals(1000, volumes.totalMl(), 1e-9);
		assertEquals(200, volumes.bloodMl(), 1e-9);
		assertEquals(800, volumes.crystalloidMl(), 1e-9);
		assertTrue(volumes.capped());
		// With the other end of that example, 1200 mL.
		assertEquals(1200, CardioplegiaVolumes.byWeight(CardioplegiaProtocol.DEL_NIDO, Dose.INDUCTION, 70, 1200).totalMl(),
				1e-9);
	}

	@Test
	void delNidoRedose() {
		// 10 mL/kg x 30 kg = 300 mL; for 80 kg, 800 mL is capped at the adult example's 500 mL.
		assertEquals(300, CardioplegiaVolumes.byWeight(CardioplegiaProtocol.DEL_NIDO, Dose.REDOSE, 30).totalMl(), 1e-9);
		assertEquals(500, CardioplegiaVolumes.byWeight(CardioplegiaProtocol.DEL_NIDO, Dose.REDOSE, 80).totalMl(), 1e-9);
	}

	@Test
	void bloodFourToOne() {
		// 1000 mL of 4:1: 800 mL blood, 200 mL crystalloid.
		CardioplegiaVolumes volumes = CardioplegiaVolumes.ofTotal(CardioplegiaProtocol.BLOOD_4_1, 1000);
		assertEquals(800, volumes.bloodMl(), 1e-9);
		assertEquals(200, volumes.crystalloidMl(), 1e-9);
		assertEquals(0.8, CardioplegiaProtocol.BLOOD_4_1.bloodFraction(), 1e-12);
		assertEquals(0.2, CardioplegiaProtocol.DEL_NIDO.bloodFraction(), 1e-12);
	}

	@Test
	void crystalloidSolutionsHaveNoBlood() {
		CardioplegiaVolumes volumes = CardioplegiaVolumes.ofTotal(CardioplegiaProtocol.CUSTODIOL_HTK, 2000);
		assertEquals(2000, volumes.crystalloidMl(), 1e-9);
		assertEquals(0, volumes.bloodMl(), 1e-9);
		assertEquals(0, CardioplegiaVolumes.ofTotal(CardioplegiaProtocol.ST_THOMAS, 500).bloodMl(), 1e-9);
	}

	@ParameterizedTest
	@EnumSource(value = CardioplegiaProtocol.class, names = { "BLOOD_4_1", "CUSTODIOL_HTK", "ST_THOMAS" })
	void protocolsWithoutAPublishedWeightBasedDoseAskForTheVolume(CardioplegiaProtocol protocol) {
		assertTrue(protocol.mlPerKg(Dose.INDUCTION).isEmpty());
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> CardioplegiaVolumes.byWeight(protocol, Dose.INDUCTION, 70));
		assertEquals(protocol.id() + ": the sources give no weight-based dose; give the volume instead", e.getMessage());
	}

	@ParameterizedTest
	@EnumSource(CardioplegiaProtocol.class)
	void everyProtocolIsFoundByItsId(CardioplegiaProtocol protocol) {
		assertSame(protocol, CardioplegiaProtocol.fromId(protocol.id()));
	}

	@Test
	void impossibleInputsNameTheFieldAndTheRange() {
		assertEquals("volumeMl must be between 1 and 5000 mL, got 0",
				assertThrows(IllegalArgumentException.class,
						() -> CardioplegiaVolumes.ofTotal(CardioplegiaProtocol.BLOOD_4_1, 0)).getMessage());
		assertEquals("weightKg must be between 0.3 and 400 kg, got 0",
				assertThrows(IllegalArgumentException.class,
						() -> CardioplegiaVolumes.byWeight(CardioplegiaProtocol.DEL_NIDO, Dose.INDUCTION, 0)).getMessage());
		assertEquals("protocol must be one of del-nido|blood-4-1|htk|st-thomas, got 'celsior'",
				assertThrows(IllegalArgumentException.class, () -> CardioplegiaProtocol.fromId("celsior")).getMessage());
	}
}
