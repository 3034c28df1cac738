package org.eccworkbench.cli.tests;

import static org.eccworkbench.cli.tests.CalcRun.json;
import static org.eccworkbench.cli.tests.CalcRun.number;
import static org.eccworkbench.cli.tests.CalcRun.text;
import static org.eccworkbench.cli.tests.CalcRun.usageError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@code calc tubing}, {@code calc hemodilution}, {@code calc do2} and {@code calc roller}. */
class CalcCircuitCommandsTest {

	@ParameterizedTest
	@ValueSource(strings = { "3/8", "0.375", "3/8\"" })
	void primeOfTwoMetresOfThreeEighthsTubing(String id) {
		// pi x (0.9525 cm / 2)^2 x 200 cm = 0.712557 x 200 = 142.51 mL.
		Map<String, Object> json = json("calc", "tubing", "--id-inch", id, "--length-m", "2");
		assertEquals(142.51, number(json, "prime_ml"), 0.01);
		assertEquals(0.375, number(json, "id_inch"), 1e-12);
		assertEquals(9.525, number(json, "id_mm"), 1e-9);
	}

	@Test
	void tubingInHumanTerms() {
		assertEquals("Prime: 126.7 mL (1/2 inch = 12.70 mm internal diameter: 126.7 mL/m x 1 m)",
				text("calc", "tubing", "--id-inch", "1/2", "--length-m", "1").strip());
	}

	@Test
	void unreadableOrImpossibleTubing() {
		usageError("--id-inch must be an inch fraction such as 3/8 or a decimal such as 0.375, got 'wide'", "calc",
				"tubing", "--id-inch", "wide", "--length-m", "2");
		usageError("--id-inch must be between 0.0625 and 1 in, got 1.5", "calc", "tubing", "--id-inch", "3/2",
				"--length-m", "2");
		usageError("--length-m must be between 0 and 100 m, got -1", "calc", "tubing", "--id-inch", "3/8",
				"--length-m", "-1");
	}

	@Test
	void predictedHematocrit() {
		// 40 % x 5000 / (5000 + 1500) = 30.769 %.
		Map<String, Object> json = json("calc", "hemodilution", "--ebv-ml", "5000", "--hct-percent", "40", "--prime-ml",
				"1500");
		assertEquals(30.769, number(json, "predicted_hct_percent"), 1e-3);
		assertEquals(6500, number(json, "total_volume_ml"), 1e-9);
		assertEquals(Boolean.TRUE, json.get("estimate"));
		// 40 % x 5000 / (5000 + 1500 + 500 - 300) = 29.851 %.
		String text = text("calc", "hemodilution", "--ebv-ml", "5000", "--hct-percent", "40", "--prime-ml", "1500",
				"--added-ml", "500", "--removed-ml", "300");
		assertTrue(text.contains("Predicted haematocrit on bypass: 29.9 % (an estimate)"), text);
		assertTrue(text.contains("Dilution volume: 6700 mL = EBV 5000 + prime 1500 + added 500 - removed 300 mL"), text);
	}

	@Test
	void impossibleHemodilutionInputs() {
		usageError("--hct-percent must be between 1 and 100 %, got 120", "calc", "hemodilution", "--ebv-ml", "5000",
				"--hct-percent", "120", "--prime-ml", "1500");
		usageError("--removed-ml must be between 0 and 1700 mL, got 2000", "calc", "hemodilution", "--ebv-ml", "5000",
				"--hct-percent", "40", "--prime-ml", "1500", "--added-ml", "200", "--removed-ml", "2000");
	}

	@Test
	void oxygenDeliveryAboveTheThresholds() {
		// CaO2 = 1.34 x 10 x 0.98 + 0.003 x 250 = 13.882; DO2 = 10 x 4.8 x 13.882 = 666.336; DO2i = 333.168.
		Map<String, Object> json = json("calc", "do2", "--hb-g-dl", "10", "--sao2-percent", "98", "--pao2-mmhg", "250",
				"--flow-l-min", "4.8", "--bsa-m2", "2.0");
		assertEquals(13.882, number(json, "cao2_ml_dl"), 1e-9);
		assertEquals(666.336, number(json, "do2_ml_min"), 1e-9);
		assertEquals(333.168, number(json, "do2i_ml_min_m2"), 1e-9);
		assertEquals(1.34, number(json, "k_ml_per_g"), 1e-12);
		assertEquals(Boolean.FALSE, json.get("below_272"));
		assertEquals(Boolean.FALSE, json.get("below_280"));
		assertEquals(Boolean.FALSE, json.get("below_262"));
		assertEquals(Boolean.FALSE, json.get("below_270"));
	}

	@Test
	void oxygenDeliveryBetween272And280() {
		// CaO2 = 1.34 x 9 x 1.0 + 0.003 x 200 = 12.66; DO2i = 10 x 4.4 x 12.66 / 2.0 = 278.52.
		Map<String, Object> json = json("calc", "do2", "--hb-g-dl", "9", "--sao2-percent", "100", "--pao2-mmhg", "200",
				"--flow-l-min", "4.4", "--bsa-m2", "2");
		assertEquals(278.52, number(json, "do2i_ml_min_m2"), 1e-9);
		assertEquals(Boolean.FALSE, json.get("below_272"));
		assertEquals(Boolean.TRUE, json.get("below_280"));
	}

	@Test
	void oxygenDeliveryStatesK() {
		// With k = 1.36: 1.36 x 10 x 0.98 + 0.75 = 14.078 mL/dL.
		String text = text("calc", "do2", "--hb-g-dl", "10", "--sao2-percent", "98", "--pao2-mmhg", "250",
				"--flow-l-min", "4.8", "--bsa-m2", "2.0", "--k", "1.36");
		assertTrue(text.contains("CaO2: 14.08 mL/dL (k = 1.36 mL O2 per g Hb"), text);
		assertTrue(text.contains("Below 272 mL/min/m2 (Ranucci et al., Ann Thorac Surg 2005): no"), text);
		usageError("--sao2-percent must be between 0 and 100 %, got 110", "calc", "do2", "--hb-g-dl", "10",
				"--sao2-percent", "110", "--pao2-mmhg", "250", "--flow-l-min", "4.8", "--bsa-m2", "2.0");
		usageError("--k must be between 1.3 and 1.4 mL/g, got 2", "calc", "do2", "--hb-g-dl", "10", "--sao2-percent",
				"98", "--pao2-mmhg", "250", "--flow-l-min", "4.8", "--bsa-m2", "2.0", "--k", "2");
	}

	@Test
	void rollerFlowFromRpmAndRpmFromFlow() {
		// 27 mL/rev x 100 rpm = 2.7 L/min; 5 L/min / 27 mL/rev = 185.19 rpm.
		Map<String, Object> json = json("calc", "roller", "--stroke-ml-per-rev", "27", "--rpm", "100");
		assertEquals(2.7, number(json, "flow_l_min"), 1e-12);
		assertEquals(100, number(json, "rpm"), 1e-12);
		assertEquals("given", json.get("stroke_volume_source"));
		assertEquals(185.185, number(json("calc", "roller", "--stroke-ml-per-rev", "27", "--flow-l-min", "5"), "rpm"),
				1e-3);
		// With an occlusion factor of 0.9: 45 x 0.9 x 100 = 4.05 L/min.
		assertEquals(4.05, number(json("calc", "roller", "--stroke-ml-per-rev", "45", "--occlusion-factor", "0.9",
				"--rpm", "100"), "flow_l_min"), 1e-12);
	}

	@Test
	void rollerWithANominalBootStrokeVolume() {
		// Student flashcards (weak): 3/8" boot, 6-inch raceway, 27 mL/rev.
		Map<String, Object> json = json("calc", "roller", "--boot", "3/8", "--rpm", "100");
		assertEquals(2.7, number(json, "flow_l_min"), 1e-12);
		assertEquals("nominal-weak", json.get("stroke_volume_source"));
		assertTrue(text("calc", "roller", "--boot", "3/8", "--rpm", "100").contains("weak source: calibrate the pump"));
		usageError("no published stroke volume for 0.3125 inch boot tubing", "calc", "roller", "--boot", "5/16", "--rpm",
				"100");
	}

	@Test
	void rollerNeedsOneStrokeVolumeAndOneOfRpmOrFlow() {
		usageError("give exactly one of --rpm and --flow-l-min", "calc", "roller", "--stroke-ml-per-rev", "27");
		usageError("give exactly one of --rpm and --flow-l-min", "calc", "roller", "--stroke-ml-per-rev", "27", "--rpm",
				"100", "--flow-l-min", "2");
		usageError("give exactly one of --stroke-ml-per-rev and --boot", "calc", "roller", "--rpm", "100");
		usageError("--stroke-ml-per-rev must be between 0.1 and 200 mL/rev, got 0", "calc", "roller",
				"--stroke-ml-per-rev", "0", "--rpm", "100");
		usageError("rpm must be between 0 and 300 rpm", "calc", "roller", "--stroke-ml-per-rev", "7", "--flow-l-min",
				"5");
	}
}
