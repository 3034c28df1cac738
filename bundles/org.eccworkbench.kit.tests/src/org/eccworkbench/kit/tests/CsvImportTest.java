package org.eccworkbench.kit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eccworkbench.kit.importer.CaseImport;
import org.eccworkbench.kit.importer.ImportResult;
import org.eccworkbench.kit.importer.InventoryImport;
import org.eccworkbench.kit.mission.InventoryLot;
import org.eccworkbench.kit.mission.Mission;
import org.eccworkbench.kit.mission.PlannedCase;
import org.junit.jupiter.api.Test;

/** CSV import: bad rows reported by row and column, the others kept. */
class CsvImportTest {

	@Test
	void badCaseRowsAreReportedByRowAndColumnAndTheRestKept() {
		Mission mission = Kits.mission(new double[] { 5, 60, 0.4 });
		String csv = "id,age_years,weight_kg,height_cm,hct_percent,procedure,bypass_min,ecmo_standby\n"
				+ "A1,0.5,6.1,64,36,VSD closure,90,no\n"
				+ "A2,1,seven,70,,ASD,60,\n"
				+ ",2,12,88,,,,\n"
				+ "A4,3,14,95,90,\"Fallot, repair\",120,yes\n"
				+ "C1,3,14,95,,,,\n"
				+ "A6,4,16,300,38,,,\n"
				+ "A7,5,18,110,38,ASD,55,true\n";
		ImportResult result = CaseImport.into(mission, csv);
		assertEquals(List.of("row 3, column weight_kg: 'seven' is not a number", "row 4, column id: a value is required",
				"row 5, column hct_percent: 90 is outside 10..75", "row 6, column id: case id 'C1' is already in the mission",
				"row 7, column height_cm: 300 is outside 20..260"), result.problems());
		assertEquals(2, result.imported());
		List<String> ids = mission.getCases().stream().map(PlannedCase::getId).toList();
		assertEquals(List.of("C1", "A1", "A7"), ids);
		PlannedCase a7 = mission.getCases().get(2);
		assertEquals(18, a7.getWeightKg());
		assertEquals(true, a7.isEcmoStandby());
		assertEquals(55, a7.getExpectedBypassMinutes());
	}

	@Test
	void aMissingColumnIsReportedAndNothingImported() {
		ImportResult result = CaseImport.into(Kits.mission(), "id,weight_kg,height_cm\nX,3,50\n");
		assertEquals(List.of("the header lacks column 'age_years'"), result.problems());
		assertEquals(0, result.imported());
	}

	@Test
	void badInventoryRowsAreReportedAndTheRestKept() {
		String csv = "item,lot,quantity,expiry,unit_value,currency\n" + "terumo.capiox-fx05,L1,4,2028-01-31,850,EUR\n"
				+ "terumo.capiox-fx05,L2,2,31/01/2028,,\n" + ",L3,1,,,\n" + "drug.heparin-25000u,H1,-2,,,\n"
				+ "drug.protamine-50mg,P1,10,,3.5,EUR\n";
		List<InventoryLot> lots = new ArrayList<>();
		ImportResult result = InventoryImport.read(csv, lots);
		assertEquals(List.of("row 3, column expiry: '31/01/2028' is not a date (YYYY-MM-DD)",
				"row 4, column item: a value is required", "row 5, column quantity: -2 is outside 0..1000000"), result.problems());
		assertEquals(2, lots.size());
		assertEquals(LocalDate.of(2028, 1, 31), lots.get(0).getExpiry());
		assertEquals(850.0, lots.get(0).getUnitValue());
	}
}
