package org.eccworkbench.kit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eccworkbench.kit.mission.Mission;
import org.eccworkbench.kit.plan.Allocation;
import org.eccworkbench.kit.plan.Finding;
import org.eccworkbench.kit.plan.KitPlan;
import org.eccworkbench.kit.plan.Requirement;
import org.junit.jupiter.api.Test;

/** Expiry against the return date, earliest-expiry-first allocation, and shortages. */
class InventoryTest {

	private static final String FX05 = "terumo.capiox-fx05";

	/** One 5 kg neonatal case: one FX05 and one spare. */
	private static Mission oneNeonate() {
		Mission mission = Kits.mission(new double[] { 5, 60, 0.4 });
		mission.getRules();
		mission.setRules(Kits.F.createPlanningRules());
		mission.getRules().setEmergencyCircuits(0);
		return mission;
	}

	@Test
	void aLotExpiringBeforeTheReturnIsFlaggedAndNotCounted() {
		Mission mission = oneNeonate();
		mission.getInventory().add(Kits.lot(FX05, "OLD", 5, LocalDate.of(2027, 3, 12)));
		mission.getInventory().add(Kits.lot(FX05, "GOOD", 1, LocalDate.of(2028, 1, 1)));
		KitPlan plan = Kits.planner().plan(mission);
		Requirement fx05 = plan.requirement(FX05).orElseThrow();
		assertEquals(2, fx05.total());
		assertEquals(5, fx05.expired());
		assertEquals(1, fx05.available());
		assertEquals(1, fx05.shortage());
		assertFalse(plan.fulfillable());
		assertTrue(plan.findings().stream().anyMatch(f -> f.severity() == Finding.Severity.WARNING
				&& f.message().contains("OLD") && f.message().contains("2027-03-12")), plan.findings().toString());
		assertTrue(plan.findings().stream().anyMatch(f -> f.severity() == Finding.Severity.BLOCKING
				&& f.message().equals("short of terumo.capiox-fx05: need 2, usable stock 1, missing 1 each")),
				plan.findings().toString());
	}

	@Test
	void aLotExpiringOnTheReturnDayCountsAndTheEarliestTravelsFirst() {
		Mission mission = oneNeonate();
		mission.getInventory().add(Kits.lot(FX05, "LATER", 4, LocalDate.of(2029, 1, 1)));
		mission.getInventory().add(Kits.lot(FX05, "ONRETURN", 1, LocalDate.of(2027, 3, 13)));
		mission.getInventory().add(Kits.lot(FX05, "NOEXPIRY", 1, null));
		Requirement fx05 = Kits.planner().plan(mission).requirement(FX05).orElseThrow();
		assertEquals(0, fx05.expired());
		assertEquals(6, fx05.available());
		assertEquals(0, fx05.shortage());
		List<String> lots = fx05.allocations().stream().map(Allocation::lot).toList();
		assertEquals(List.of("ONRETURN", "LATER"), lots);
		assertEquals(List.of(1.0, 1.0), fx05.allocations().stream().map(Allocation::quantity).toList());
	}

	@Test
	void stockLeftOnSiteIsUsedFirstAndNeitherPackedNorDeclared() {
		Mission mission = oneNeonate();
		mission.getInventory().add(Kits.lot(FX05, "HOME", 5, LocalDate.of(2027, 6, 1)));
		org.eccworkbench.kit.mission.InventoryLot site = Kits.lot(FX05, "SITE", 1, LocalDate.of(2029, 1, 1));
		site.setLocation("site");
		mission.getInventory().add(site);
		KitPlan plan = Kits.planner().plan(mission);
		Requirement fx05 = plan.requirement(FX05).orElseThrow();
		assertEquals(List.of("SITE", "HOME"), fx05.allocations().stream().map(Allocation::lot).toList());
		org.eccworkbench.kit.pack.PackingResult packing = new org.eccworkbench.kit.pack.Packer().pack(plan);
		assertEquals(1, packing.pieces().stream().flatMap(p -> p.lines().stream())
				.filter(l -> l.item().id().equals(FX05)).mapToInt(l -> l.units()).sum());
		assertTrue(org.eccworkbench.kit.output.KitTables.customs(plan).stream()
				.filter(r -> r.get(0).equals(FX05)).allMatch(r -> r.get(2).equals("1")));
	}

	@Test
	void withoutStockEverythingIsShortAndToProcure() {
		KitPlan plan = Kits.planner().plan(oneNeonate());
		Requirement fx05 = plan.requirement(FX05).orElseThrow();
		assertEquals(2, fx05.shortage());
		assertTrue(fx05.allocations().get(0).toProcure());
		assertEquals(0, plan.requirement("blood.prbc-ml").map(Requirement::shortage).orElse(0.0));
	}
}
