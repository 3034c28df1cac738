package org.eccworkbench.kit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.kit.mission.EmergencyItem;
import org.eccworkbench.kit.mission.Mission;
import org.eccworkbench.kit.pack.PackLine;
import org.eccworkbench.kit.pack.Packer;
import org.eccworkbench.kit.pack.PackingResult;
import org.eccworkbench.kit.pack.Piece;
import org.eccworkbench.kit.plan.ItemTable;
import org.eccworkbench.kit.plan.KitPlan;
import org.eccworkbench.kit.plan.KitPlanner;
import org.eccworkbench.kit.plan.PackingClass;
import org.eccworkbench.kit.plan.TemplateCircuitSource;
import org.junit.jupiter.api.Test;

/** Weight and size limits, the number of pieces, and the classes that never share a piece. */
class PackingTest {

	@Test
	void tooManyPiecesSaysByHowMany() {
		Mission mission = Kits.example();
		mission.getTransport().setMaxPieces(3);
		PackingResult packing = new Packer().pack(Kits.planner().plan(mission));
		assertFalse(packing.fits());
		int pieces = packing.pieces().size();
		assertEquals(List.of("number of pieces: the kit needs " + pieces + " pieces, the limit is 3: " + (pieces - 3) + " over"),
				packing.brokenLimits());
	}

	@Test
	void aUnitHeavierThanAPieceMayHoldSaysTheLimitAndTheExcess() {
		Mission mission = Kits.mission(new double[] { 5, 60, 0.4 });
		mission.getTransport().setMaxKgPerPiece(4.5);
		mission.getTransport().setTareKg(3.5);
		PackingResult packing = new Packer().pack(Kits.planner().plan(mission));
		// An oxygenator (1.5 kg planning default) in a piece of 4.5 kg less 3.5 kg tare: 0.5 kg over.
		assertTrue(packing.brokenLimits().contains("weight per piece: one unit of terumo.capiox-fx05 weighs 1.50 kg, more than"
				+ " a piece holds (4.5 kg limit less 3.5 kg tare) by 0.50 kg"), packing.brokenLimits().toString());
	}

	@Test
	void aUnitBiggerThanAPieceSaysByHowMuch() {
		Mission mission = Kits.mission(new double[] { 5, 60, 0.4 });
		mission.getTransport().setLengthCm(20);
		mission.getTransport().setWidthCm(20);
		mission.getTransport().setHeightCm(10);
		PackingResult packing = new Packer().pack(Kits.planner().plan(mission));
		assertTrue(packing.brokenLimits().stream().anyMatch(b -> b.equals(
				"piece size: one unit of terumo.capiox-fx05 takes 8.0 L, more than a piece holds (4.0 L) by 4.0 L")),
				packing.brokenLimits().toString());
	}

	@Test
	void sterileFluidColdChainAndGeneralItemsTravelApart() {
		String items = "id,name,category,packing,unit,unitWeightKg,unitVolumeL,content\n"
				+ "fluid.plasma-lyte-a-1000ml,Plasma-Lyte,fluid,fluid,each,1.1,1.2,1000\n"
				+ "fluid.cardioplegia.htk-1000ml,Custodiol HTK,fluid,cold-chain,each,1.1,1.2,1000\n"
				+ "drug.heparin-25000u,Heparin,drug,general,each,0.03,0.05,25000\n"
				+ "drug.protamine-50mg,Protamine,drug,general,each,0.03,0.05,50\n"
				+ "blood.prbc-ml,Red cells,blood,on-site,mL,0,0,0\n"
				+ "generic.reservoir,Reservoir,reservoir,sterile,each,1,6,0\n"
				+ "generic.cardioplegia-set,Set,cardioplegia-set,sterile,each,0.5,3,0\n"
				+ "generic.suction,Sucker,consumable,sterile,each,0.1,0.5,0\n"
				+ "generic.vent,Vent,consumable,sterile,each,0.1,0.5,0\n"
				+ "generic.one-way-valve,Valve,consumable,sterile,each,0.05,0.2,0\n"
				+ "generic.cannula.aortic,Aortic,cannula,sterile,each,0.1,0.5,0\n"
				+ "generic.cannula.venous-single-stage,Single-stage,cannula,sterile,each,0.1,0.5,0\n"
				+ "equipment.hand-crank,Crank,equipment,general,each,2,5,0\n";
		String defaults = "category,packing,unit,unitWeightKg,unitVolumeL\n" + "oxygenator,sterile,each,1.5,8\n"
				+ "tubing,sterile,m,0.15,0.3\n";
		ItemTable table = ItemTable.of(items, defaults, CatalogRegistry.contributed());
		Mission mission = Kits.mission(new double[] { 5, 60, 0.4 }, new double[] { 6, 64, 0.6 });
		mission.setRules(Kits.F.createPlanningRules());
		mission.getRules().setEmergencyCircuits(0);
		EmergencyItem crank = Kits.F.createEmergencyItem();
		crank.setItemId("equipment.hand-crank");
		mission.getEmergency().add(crank);
		// The neonatal template's blood cardioplegia plans no bag: the cold chain is an HTK bag the
		// team adds to the emergency kit.
		EmergencyItem htk = Kits.F.createEmergencyItem();
		htk.setItemId("fluid.cardioplegia.htk-1000ml");
		htk.setQuantity(1);
		mission.getEmergency().add(htk);
		KitPlan plan = new KitPlanner(table, TemplateCircuitSource.contributed()).plan(mission);
		PackingResult packing = new Packer().pack(plan);
		Set<PackingClass> classes = packing.pieces().stream().map(Piece::packing).collect(Collectors.toSet());
		assertEquals(Set.of(PackingClass.STERILE, PackingClass.FLUID, PackingClass.COLD_CHAIN, PackingClass.GENERAL), classes);
		for (Piece piece : packing.pieces()) {
			for (PackLine line : piece.lines()) {
				assertEquals(piece.packing(), line.item().packing(), line.item().id());
			}
		}
		assertTrue(packing.pieces().stream().flatMap(p -> p.lines().stream()).noneMatch(l -> l.item().id().startsWith("blood")));
		assertTrue(plan.findings().stream().noneMatch(f -> f.message().contains("neither in the catalog")), plan.findings().toString());
	}
}
