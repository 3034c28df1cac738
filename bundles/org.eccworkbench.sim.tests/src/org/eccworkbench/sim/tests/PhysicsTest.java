package org.eccworkbench.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eccworkbench.sim.internal.Constants;
import org.eccworkbench.sim.internal.HeparinKinetics;
import org.eccworkbench.sim.internal.OxygenMath;
import org.eccworkbench.sim.internal.Rheology;
import org.junit.jupiter.api.Test;

/** The engine's equations against the figures their sources give (docs/simulation.md). */
class PhysicsTest {

	@Test
	void severinghausGivesTheReferenceSaturations() {
		double tf = OxygenMath.temperatureFactor(37);
		assertEquals(1.0, tf, 0);
		// REFERENCE 2.4: 90.6 % at 60 mmHg, 97.7 % at 100 mmHg
		assertEquals(0.906, OxygenMath.saturation(60, tf), 0.0005);
		assertEquals(0.977, OxygenMath.saturation(100, tf), 0.0005);
		// colder blood holds its oxygen more tightly: a higher saturation at the same PO2
		assertTrue(OxygenMath.saturation(40, OxygenMath.temperatureFactor(28)) > OxygenMath.saturation(40, tf));
	}

	@Test
	void thePo2OfAContentInvertsTheContent() {
		for (double hb : new double[] { 5, 8.5, 12, 16 }) {
			for (double po2 : new double[] { 5, 27, 40, 80, 150, 400, 650 }) {
				double tf = OxygenMath.temperatureFactor(32);
				double content = OxygenMath.content(po2, hb, tf);
				assertEquals(po2, OxygenMath.po2ForContent(content, hb, tf, 40), po2 * 1e-8);
			}
		}
	}

	@Test
	void viscosityFollowsHaematocritAndTemperature() {
		// Lichtman's fit: 10^(0.01138 x 40 + 0.03699) = 3.11 cP at 37 C
		assertEquals(3.11e-3, Rheology.viscosityPaS(40, 37), 0.01e-3);
		assertEquals(2 * Rheology.viscosityPaS(25, 37), Rheology.viscosityPaS(25, 22), 1e-12);
		// Poiseuille: 1/2" x 1.8 m at 2.1 cP is about 0.74 mmHg per L/min
		double r = Rheology.poiseuilleMmHgSPerMl(2.1e-3, Rheology.poiseuilleGeometry(1.8, 0.5 * Constants.M_PER_INCH));
		assertEquals(0.74, r * Constants.ML_S_PER_L_MIN, 0.01);
		assertEquals(10.0, Rheology.flowFor(30, 2, 0.1), 1e-12);
	}

	@Test
	void heparinHalfLifeRisesWithTheDose() {
		assertEquals(30 * 60, HeparinKinetics.halfLifeS(10), 1e-9);
		assertEquals(60 * 60, HeparinKinetics.halfLifeS(100), 1e-9);
		assertEquals(105 * 60, HeparinKinetics.halfLifeS(250), 1e-9);
		assertEquals(150 * 60, HeparinKinetics.halfLifeS(900), 1e-9);
		assertEquals(50, HeparinKinetics.decay(100, 1, HeparinKinetics.halfLifeS(100)), 1.0);
		assertEquals(Constants.ACT_TARGET_S, HeparinKinetics.actS(300.0 / 70.0), 1e-9);
	}
}
