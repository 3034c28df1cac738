package org.eccworkbench.kit.tests;

import java.nio.file.Path;
import java.time.LocalDate;

import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.kit.mission.InventoryLot;
import org.eccworkbench.kit.mission.Mission;
import org.eccworkbench.kit.mission.MissionFactory;
import org.eccworkbench.kit.mission.PlannedCase;
import org.eccworkbench.kit.mission.TransportLimits;
import org.eccworkbench.kit.plan.ItemTable;
import org.eccworkbench.kit.plan.KitPlanner;
import org.eccworkbench.kit.plan.ShippedFiles;
import org.eccworkbench.kit.resource.MissionFiles;

/** Missions, planners and the shipped data for the tests. */
final class Kits {

	static final MissionFactory F = MissionFactory.eINSTANCE;

	private Kits() {
	}

	static ItemTable items() {
		return ItemTable.shipped(CatalogRegistry.contributed());
	}

	static KitPlanner planner() {
		return new KitPlanner(items());
	}

	static Path exampleFile() {
		return ShippedFiles.folder("examples").resolve("paediatric-mission.eccmission");
	}

	static Mission example() {
		return MissionFiles.load(exampleFile()).mission().orElseThrow();
	}

	/** A mission of one week with 23 kg pieces and the given cases (weight, height, age). */
	static Mission mission(double[]... cases) {
		Mission mission = F.createMission();
		mission.setName("test");
		mission.setDeparture(LocalDate.of(2027, 3, 6));
		mission.setReturnDate(LocalDate.of(2027, 3, 13));
		TransportLimits limits = F.createTransportLimits();
		limits.setMaxKgPerPiece(23);
		limits.setTareKg(4);
		mission.setTransport(limits);
		int n = 1;
		for (double[] c : cases) {
			PlannedCase planned = F.createPlannedCase();
			planned.setId("C" + n++);
			planned.setWeightKg(c[0]);
			planned.setHeightCm(c[1]);
			planned.setAgeYears(c[2]);
			planned.setHematocritPercent(38.0);
			planned.setExpectedBypassMinutes(60);
			mission.getCases().add(planned);
		}
		return mission;
	}

	static InventoryLot lot(String item, String lot, int quantity, LocalDate expiry) {
		InventoryLot inventoryLot = F.createInventoryLot();
		inventoryLot.setItemId(item);
		inventoryLot.setLot(lot);
		inventoryLot.setQuantity(quantity);
		inventoryLot.setExpiry(expiry);
		return inventoryLot;
	}
}
