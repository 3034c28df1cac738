package org.eccworkbench.cli.tests;

import static org.eccworkbench.cli.tests.CalcRun.json;
import static org.eccworkbench.cli.tests.CalcRun.number;
import static org.eccworkbench.cli.tests.CalcRun.text;
import static org.eccworkbench.cli.tests.CalcRun.usageError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** {@code calc heparin} and {@code calc cardioplegia}. */
class CalcDosingCommandsTest {

	@Test
	void heparinAndProtamineByDefault() {
		// 80 kg x 300 U/kg = 24000 U; 1.0 mg per 100 U: 240 mg.
		Map<String, Object> json = json("calc", "heparin", "--weight-kg", "80");
		assertEquals(24000, number(json, "heparin_units"), 1e-9);
		assertEquals(240, number(json, "protamine_mg"), 1e-9);
		assertEquals(300, number(json, "units_per_kg"), 1e-9);
		assertEquals(1.0, number(json, "protamine_mg_per_100u"), 1e-9);
		String text = text("calc", "heparin", "--weight-kg", "80");
		assertTrue(text.contains("Heparin: 24000 U (300 U/kg x 80 kg)"), text);
		assertTrue(text.contains("Protamine: 240 mg (1 mg per 100 U of heparin)"), text);
	}

	@Test
	void heparinWithOtherDoses() {
		// 70 kg x 400 U/kg = 28000 U; 1.3 mg per 100 U: 364 mg.
		Map<String, Object> json = json("calc", "heparin", "--weight-kg", "70", "--units-per-kg", "400",
				"--protamine-mg-per-100u", "1.3");
		assertEquals(28000, number(json, "heparin_units"), 1e-9);
		assertEquals(364, number(json, "protamine_mg"), 1e-9);
		usageError("--weight-kg must be between 0.3 and 400 kg, got -80", "calc", "heparin", "--weight-kg", "-80");
		usageError("--units-per-kg must be between 50 and 1000 U/kg, got 3000", "calc", "heparin", "--weight-kg", "80",
				"--units-per-kg", "3000");
	}

	@Test
	void delNidoForAChild() {
		// 20 mL/kg x 20 kg = 400 mL, 1 blood : 4 crystalloid = 80 + 320 mL.
		Map<String, Object> json = json("calc", "cardioplegia", "--protocol", "del-nido", "--weight-kg", "20");
		assertEquals(400, number(json, "total_ml"), 1e-9);
		assertEquals(320, number(json, "crystalloid_ml"), 1e-9);
		assertEquals(80, number(json, "blood_ml"), 1e-9);
		assertEquals(20, number(json, "ml_per_kg"), 1e-9);
		assertEquals(Boolean.FALSE, json.get("capped"));
		assertEquals("induction", json.get("dose"));
	}

	@Test
	void delNidoForAnAdultIsCapped() {
		// 20 x 70 = 1400 mL, capped at 1000 mL (Perfusion 2021 adult example): 800 + 200 mL.
		Map<String, Object> json = json("calc", "cardioplegia", "--protocol", "del-nido", "--weight-kg", "70");
		assertEquals(1000, number(json, "total_ml"), 1e-9);
		assertEquals(800, number(json, "crystalloid_ml"), 1e-9);
		assertEquals(200, number(json, "blood_ml"), 1e-9);
		assertEquals(Boolean.TRUE, json.get("capped"));
		String text = text("calc", "cardioplegia", "--protocol", "del-nido", "--weight-kg", "70");
		assertTrue(text.contains("del-nido induction: 1000 mL (20 mL/kg x 70 kg = 1400 mL, capped at 1000 mL)"), text);
		assertTrue(text.contains("Crystalloid 800 mL, blood 200 mL (blood : crystalloid = 1 : 4)"), text);
		assertEquals(1200, number(json("calc", "cardioplegia", "--protocol", "del-nido", "--weight-kg", "70", "--max-ml",
				"1200"), "total_ml"), 1e-9);
	}

	@Test
	void delNidoRedose() {
		// 10 mL/kg x 30 kg = 300 mL.
		Map<String, Object> json = json("calc", "cardioplegia", "--protocol", "del-nido", "--weight-kg", "30",
				"--redose");
		assertEquals(300, number(json, "total_ml"), 1e-9);
		assertEquals("redose", json.get("dose"));
	}

	@Test
	void bloodCardioplegiaByVolume() {
		// 1000 mL of 4:1 = 800 mL blood + 200 mL crystalloid.
		Map<String, Object> json = json("calc", "cardioplegia", "--protocol", "blood-4-1", "--volume-ml", "1000");
		assertEquals(800, number(json, "blood_ml"), 1e-9);
		assertEquals(200, number(json, "crystalloid_ml"), 1e-9);
		assertEquals(4, number(json, "blood_parts"), 0);
		assertEquals(1, number(json, "crystalloid_parts"), 0);
	}

	@Test
	void cardioplegiaUsageErrors() {
		usageError("blood-4-1: the sources give no weight-based induction dose; give --volume-ml instead", "calc",
				"cardioplegia", "--protocol", "blood-4-1", "--weight-kg", "70");
		usageError("--protocol is required, one of del-nido|blood-4-1|htk|st-thomas", "calc", "cardioplegia",
				"--weight-kg", "70");
		usageError("give exactly one of --weight-kg and --volume-ml", "calc", "cardioplegia", "--protocol", "del-nido");
		usageError("--max-ml only applies with --weight-kg", "calc", "cardioplegia", "--protocol", "htk", "--volume-ml",
				"2000", "--max-ml", "1000");
		usageError("--weight-kg must be between 0.3 and 400 kg, got 0", "calc", "cardioplegia", "--protocol",
				"del-nido", "--weight-kg", "0");
	}
}
