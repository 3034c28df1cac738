package org.eccworkbench.kit.output;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eccworkbench.kit.mission.SiteConsole;
import org.eccworkbench.kit.pack.PackingResult;
import org.eccworkbench.kit.pack.Piece;
import org.eccworkbench.kit.plan.CaseNeeds;
import org.eccworkbench.kit.plan.KitCategory;
import org.eccworkbench.kit.plan.KitPlan;
import org.eccworkbench.kit.plan.Numbers;
import org.eccworkbench.kit.plan.PackingClass;
import org.eccworkbench.kit.plan.Requirement;
import org.eccworkbench.model.circuit.CentrifugalPump;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Sensor;
import org.eccworkbench.model.circuit.SensorKind;

/**
 * Checklists generated from the actual plan: before departure (pieces, cold chain, expiries,
 * consoles and hand cranks, spares of every critical part) and before each bypass (the item
 * groups of the AmSECT perfusion checklist, with this case's circuit, doses and safety devices).
 * Each line starts with a box to tick; a missing safety device or spare is written as such.
 */
public final class Checklists {

	private static final String BOX = "[ ] ";
	private static final Set<KitCategory> CRITICAL = EnumSet.of(KitCategory.OXYGENATOR, KitCategory.RESERVOIR,
			KitCategory.PUMP_HEAD, KitCategory.ARTERIAL_FILTER, KitCategory.CANNULA, KitCategory.TUBING,
			KitCategory.CARDIOPLEGIA_SET);

	private Checklists() {
	}

	public static List<String> preDeparture(KitPlan plan, PackingResult packing) {
		List<String> lines = new ArrayList<>();
		lines.add("Pre-departure checklist: " + plan.mission().getName());
		for (Piece piece : packing.pieces()) {
			lines.add(BOX + "Piece " + piece.number() + " (" + piece.packing().id() + ") packed as its manifest, weighed: "
					+ Numbers.fixed(piece.weightKg(), 1) + " kg planned" + (piece.packing() == PackingClass.COLD_CHAIN
							? "; cooling packs in, temperature logger started" : ""));
		}
		lines.add(BOX + "Every packed lot checked against the manifest; none expires before " + plan.mission().getReturnDate());
		for (Requirement r : plan.requirements()) {
			if (r.expired() > 0) {
				lines.add(BOX + "Expired or expiring stock of " + r.item().id() + " (" + Numbers.quantity(r.expired())
						+ ") taken out of the kit");
			}
			if (CRITICAL.contains(r.item().category()) && r.forCases() > 0) {
				lines.add(BOX + "Spares of " + r.item().name() + ": " + Numbers.quantity(r.spares()) + " " + r.item().unit()
						+ (r.spares() <= 0 ? "  <- NO SPARE PLANNED" : ""));
			}
			if (r.shortage() > 0) {
				lines.add(BOX + "SHORTAGE of " + r.item().id() + ": " + Numbers.quantity(r.shortage()) + " " + r.item().unit()
						+ " still to procure");
			}
		}
		for (SiteConsole console : plan.mission().getConsoles()) {
			lines.add(BOX + "Console " + console.getConsoleModel() + " x" + console.getCount() + " confirmed on site; hand crank "
					+ (console.isHandCrank() ? "on site" : "packed in the emergency kit"));
		}
		lines.add(BOX + "Emergency kit: " + plan.emergencyCircuits().size() + " ECMO circuit(s) ("
				+ plan.emergencyCircuits().stream().map(CaseNeeds::template).distinct().toList() + ") packed and labelled");
		lines.add(BOX + "Customs pro-forma and piece manifests printed, signed and in the binder");
		return lines;
	}

	public static List<String> preBypass(CaseNeeds c, KitPlan plan) {
		List<String> lines = new ArrayList<>();
		lines.add("Pre-bypass checklist: case " + c.plannedCase().getId() + " - " + c.plannedCase().getProcedure());
		lines.add(BOX + "Patient: identity, procedure, blood group, allergies; " + Numbers.quantity(c.plannedCase().getWeightKg())
				+ " kg, " + Numbers.quantity(c.plannedCase().getHeightCm()) + " cm, BSA " + Numbers.fixed(c.bsaSquareMetres(), 2)
				+ " m2, target flow " + Numbers.fixed(c.targetFlowLMin(), 2) + " L/min");
		lines.add(BOX + "Circuit " + c.template() + ": package integrity and expiry checked, lot numbers recorded");
		for (Component component : c.circuit().getComponents()) {
			if (component.getProductId() != null && !component.getProductId().isBlank()) {
				lines.add(BOX + component.getName() + ": " + component.getProductId() + " de-aired, connections tight");
			}
		}
		lines.add(BOX + "Prime " + Numbers.fixed(c.primeMl(), 0) + " mL (counted parts); predicted Hct on bypass "
				+ (Double.isNaN(c.predictedHctPercent()) ? "not predicted" : Numbers.fixed(c.predictedHctPercent(), 1) + " %"));
		double redCells = c.needs().stream().filter(n -> n.itemId().equals("blood.prbc-ml")).mapToDouble(n -> n.quantity()).sum();
		if (redCells > 0) {
			lines.add(BOX + "Packed red cells " + Numbers.fixed(redCells, 0) + " mL cross-matched and at hand for the prime");
		}
		if (c.plannedCase().isEcmoStandby()) {
			lines.add(BOX + "ECMO standby: emergency circuit checked, console and gas ready, team told");
		}
		lines.add(BOX + "Heparin " + Numbers.fixed(c.heparinUnits(), 0) + " U given, ACT checked before bypass; protamine "
				+ Numbers.fixed(c.protamineMg(), 0) + " mg drawn up");
		if (c.cardioplegiaMl() > 0) {
			lines.add(BOX + "Cardioplegia de-bubbled, leak-free under pressure, solution checked: "
					+ Numbers.fixed(c.cardioplegiaMl(), 0) + " mL planned");
		}
		lines.add(safety(c, SensorKind.BUBBLE, "Arterial bubble detector"));
		lines.add(safety(c, SensorKind.LEVEL, "Reservoir level alarm"));
		lines.add(safety(c, SensorKind.PRESSURE, "Line pressure monitoring and alarm"));
		lines.add(safety(c, SensorKind.TEMPERATURE, "Temperature probes"));
		if (c.circuit().getComponents().stream().anyMatch(CentrifugalPump.class::isInstance)) {
			lines.add(safety(c, SensorKind.FLOW, "Flow probe and back-flow alarm (centrifugal pump)"));
		}
		lines.add(BOX + "Gas: sources, blender, O2 analyser, exhaust unobstructed, scavenging");
		lines.add(BOX + "Pump: occlusion set, flow meter direction and calibration, hand crank at hand");
		for (Requirement r : plan.requirements()) {
			if (CRITICAL.contains(r.item().category()) && c.needs().stream().anyMatch(n -> n.itemId().equals(r.item().id()))) {
				lines.add(BOX + "Spare at hand: " + r.item().name() + (r.spares() > 0 ? "" : "  <- NO SPARE IN THE KIT"));
			}
		}
		lines.add(BOX + "Consoles on site: " + plan.mission().getConsoles().stream()
				.map(s -> s.getConsoleModel() + " x" + s.getCount()).toList());
		return lines;
	}

	private static String safety(CaseNeeds c, SensorKind kind, String label) {
		boolean present = c.circuit().getComponents().stream()
				.anyMatch(x -> x instanceof Sensor s && s.getSensorKind() == kind);
		return BOX + label + (present ? ": present in the circuit, tested, alarm engaged" : ": NOT IN THE CIRCUIT - add it or document why");
	}
}
