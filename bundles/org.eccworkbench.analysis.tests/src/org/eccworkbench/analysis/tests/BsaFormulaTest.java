package org.eccworkbench.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.DoubleSummaryStatistics;

import org.eccworkbench.analysis.BodySize;
import org.eccworkbench.analysis.BsaFormula;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BsaFormulaTest {

	private static final BodySize ADULT = new BodySize(180, 80);

	@Test
	void mostellerOf180CmAnd80KgIsTwoSquareMetres() {
		// Mosteller, NEJM 1987: sqrt(180 x 80 / 3600) = sqrt(14400 / 3600) = sqrt(4) = 2.0 m2.
		assertEquals(2.0, BsaFormula.MOSTELLER.bsaSquareMetres(ADULT), 1e-12);
		assertSame(BsaFormula.MOSTELLER, BsaFormula.DEFAULT);
	}

	@Test
	void duBoisOf180CmAnd80Kg() {
		// 0.007184 x 180^0.725 x 80^0.425 = 0.007184 x 43.1591 x 6.4389 = 1.9964 m2.
		assertEquals(1.9964, BsaFormula.DUBOIS.bsaSquareMetres(ADULT), 1e-4);
	}

	@Test
	void haycockOf180CmAnd80Kg() {
		// 0.024265 x 180^0.3964 x 80^0.5378 = 0.024265 x 7.8341 x 10.5556 = 2.0066 m2.
		assertEquals(2.0066, BsaFormula.HAYCOCK.bsaSquareMetres(ADULT), 1e-4);
	}

	@Test
	void gehanGeorgeOf180CmAnd80Kg() {
		// 0.0235 x 180^0.42246 x 80^0.51456 = 0.0235 x 8.9694 x 9.5335 = 2.0095 m2.
		assertEquals(2.0095, BsaFormula.GEHAN_GEORGE.bsaSquareMetres(ADULT), 1e-4);
	}

	@Test
	void mostellerOfATermNeonate() {
		// 50 cm, 3.5 kg: sqrt(175 / 3600) = sqrt(0.048611) = 0.2205 m2.
		assertEquals(0.2205, BsaFormula.MOSTELLER.bsaSquareMetres(new BodySize(50, 3.5)), 1e-4);
	}

	@Test
	void theFormulasAgreeWithinFivePercentInAnAdult() {
		// globalrph: the formulas "agree within ~5%" in adults.
		DoubleSummaryStatistics stats = Arrays.stream(BsaFormula.values()).mapToDouble(f -> f.bsaSquareMetres(ADULT))
				.summaryStatistics();
		assertTrue(stats.getMax() / stats.getMin() < 1.05, stats.toString());
	}

	@ParameterizedTest
	@EnumSource(BsaFormula.class)
	void everyFormulaIsFoundByItsIdAndStaysWithinTheBsaLimit(BsaFormula formula) {
		assertSame(formula, BsaFormula.fromId(formula.id()));
		for (double height : new double[] { BodySize.HEIGHT_CM.min(), BodySize.HEIGHT_CM.max() }) {
			for (double weight : new double[] { BodySize.WEIGHT_KG.min(), BodySize.WEIGHT_KG.max() }) {
				double bsa = formula.bsaSquareMetres(new BodySize(height, weight));
				assertTrue(BsaFormula.BSA_M2.contains(bsa), formula + " " + height + " cm " + weight + " kg: " + bsa);
			}
		}
	}

	@Test
	void theIdsAreThoseOfTheCommandLine() {
		assertEquals("mosteller|dubois|haycock|gehan-george", BsaFormula.ids());
	}

	@Test
	void anUnknownFormulaIsNamedWithTheAllowedOnes() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BsaFormula.fromId("boyd"));
		assertEquals("formula must be one of mosteller|dubois|haycock|gehan-george, got 'boyd'", e.getMessage());
	}

	@Test
	void impossibleBodySizesNameTheFieldAndTheRange() {
		assertEquals("heightCm must be between 20 and 260 cm, got 0",
				assertThrows(IllegalArgumentException.class, () -> new BodySize(0, 80)).getMessage());
		assertEquals("weightKg must be between 0.3 and 400 kg, got -2",
				assertThrows(IllegalArgumentException.class, () -> new BodySize(180, -2)).getMessage());
		assertEquals("weightKg must be between 0.3 and 400 kg, got NaN",
				assertThrows(IllegalArgumentException.class, () -> new BodySize(180, Double.NaN)).getMessage());
	}
}
