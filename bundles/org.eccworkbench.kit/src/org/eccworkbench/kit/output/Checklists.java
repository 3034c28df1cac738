package org.eccworkbench.kit.output;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eccworkbench.kit.internal.Messages;
import org.eccworkbench.kit.mission.SiteConsole;
import org.eccworkbench.kit.pack.PackingResult;
import org.eccworkbench.kit.pack.Piece;
import org.eccworkbench.kit.plan.CaseNeeds;
import org.eccworkbench.kit.plan.KitCategory;
import org.eccworkbench.kit.plan.KitPlan;
import org.eccworkbench.kit.plan.Need;
import org.eccworkbench.kit.plan.Numbers;
import org.eccworkbench.kit.plan.PackingClass;
import org.eccworkbench.kit.plan.Requirement;
import org.eccworkbench.model.circuit.CentrifugalPump;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Sensor;
import org.eccworkbench.model.circuit.SensorKind;
import org.eclipse.osgi.util.NLS;

/**
 * Checklists generated from the actual plan: before departure (pieces, cold chain, expiries,
 * consoles and hand cranks, spares of every critical part) and before each bypass (the item
 * groups of the AmSECT perfusion checklist, with this case's circuit, doses and safety devices).
 * The first line is the title; each other line starts with a box to tick. A missing safety device
 * or spare is written as such.
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
		lines.add(NLS.bind(Messages.Check_departureTitle, plan.mission().getName()));
		for (Piece piece : packing.pieces()) {
			String number = Integer.toString(piece.number());
			lines.add(BOX + NLS.bind(Messages.Check_piece, new Object[] { number, piece.packing().id(),
					Numbers.fixed(piece.weightKg(), 1) }));
			if (piece.packing() == PackingClass.COLD_CHAIN) {
				lines.add(BOX + NLS.bind(Messages.Check_coldChain, number));
			}
		}
		lines.add(BOX + NLS.bind(Messages.Check_lots, plan.mission().getReturnDate()));
		for (Requirement r : plan.requirements()) {
			if (r.expired() > 0) {
				lines.add(BOX + NLS.bind(Messages.Check_expiredOut, r.item().id(), Numbers.quantity(r.expired())));
			}
			if (CRITICAL.contains(r.item().category()) && r.forCases() > 0) {
				lines.add(BOX + (r.spares() > 0
						? NLS.bind(Messages.Check_spares, new Object[] { r.item().name(), Numbers.quantity(r.spares()), r.item().unit() })
						: NLS.bind(Messages.Check_noSpare, r.item().name())));
			}
			if (r.shortage() > 0) {
				lines.add(BOX + NLS.bind(Messages.Check_shortage,
						new Object[] { r.item().id(), Numbers.quantity(r.shortage()), r.item().unit() }));
			}
		}
		for (SiteConsole console : plan.mission().getConsoles()) {
			lines.add(BOX + NLS.bind(console.isHandCrank() ? Messages.Check_consoleCrankOnSite : Messages.Check_consoleCrankPacked,
					console.getConsoleModel(), Integer.toString(console.getCount())));
		}
		lines.add(BOX + NLS.bind(Messages.Check_emergency, Integer.toString(plan.emergencyCircuits().size()),
				String.join(", ", plan.emergencyCircuits().stream().map(CaseNeeds::template).distinct().toList())));
		lines.add(BOX + Messages.Check_binder);
		return lines;
	}

	public static List<String> preBypass(CaseNeeds c, KitPlan plan) {
		List<String> lines = new ArrayList<>();
		lines.add(NLS.bind(Messages.Check_bypassTitle, c.plannedCase().getId(), String.valueOf(c.plannedCase().getProcedure())));
		lines.add(BOX + NLS.bind(Messages.Check_patient, new Object[] { Numbers.quantity(c.plannedCase().getWeightKg()),
				Numbers.quantity(c.plannedCase().getHeightCm()), Numbers.fixed(c.bsaSquareMetres(), 2),
				Numbers.fixed(c.targetFlowLMin(), 2) }));
		lines.add(BOX + NLS.bind(Messages.Check_circuit, c.template()));
		for (Component component : c.circuit().getComponents()) {
			if (component.getProductId() != null && !component.getProductId().isBlank()) {
				lines.add(BOX + NLS.bind(Messages.Check_part, component.getName(), component.getProductId()));
			}
		}
		lines.add(BOX + (Double.isNaN(c.predictedHctPercent()) ? NLS.bind(Messages.Check_primeNoHct, Numbers.fixed(c.primeMl(), 0))
				: NLS.bind(Messages.Check_prime, Numbers.fixed(c.primeMl(), 0), Numbers.fixed(c.predictedHctPercent(), 1))));
		double redCells = c.needs().stream().filter(n -> n.itemId().equals("blood.prbc-ml")).mapToDouble(Need::quantity).sum();
		if (redCells > 0) {
			lines.add(BOX + NLS.bind(Messages.Check_redCells, Numbers.fixed(redCells, 0)));
		}
		if (c.plannedCase().isEcmoStandby()) {
			lines.add(BOX + Messages.Check_standby);
		}
		lines.add(BOX + NLS.bind(Messages.Check_heparin, Numbers.fixed(c.heparinUnits(), 0), Numbers.fixed(c.protamineMg(), 0)));
		if (c.cardioplegiaMl() > 0) {
			lines.add(BOX + NLS.bind(Messages.Check_cardioplegia, Numbers.fixed(c.cardioplegiaMl(), 0)));
		}
		lines.add(safety(c, SensorKind.BUBBLE, Messages.Check_bubble));
		lines.add(safety(c, SensorKind.LEVEL, Messages.Check_level));
		lines.add(safety(c, SensorKind.PRESSURE, Messages.Check_pressure));
		lines.add(safety(c, SensorKind.TEMPERATURE, Messages.Check_temperature));
		if (c.circuit().getComponents().stream().anyMatch(CentrifugalPump.class::isInstance)) {
			lines.add(safety(c, SensorKind.FLOW, Messages.Check_flow));
		}
		lines.add(BOX + Messages.Check_gas);
		lines.add(BOX + Messages.Check_pump);
		for (Requirement r : plan.requirements()) {
			if (CRITICAL.contains(r.item().category()) && c.needs().stream().anyMatch(n -> n.itemId().equals(r.item().id()))) {
				lines.add(BOX + NLS.bind(r.spares() > 0 ? Messages.Check_spareAtHand : Messages.Check_noSpareInKit, r.item().name()));
			}
		}
		lines.add(BOX + NLS.bind(Messages.Check_consoles, String.join(", ",
				plan.mission().getConsoles().stream().map(s -> s.getConsoleModel() + " x" + s.getCount()).toList())));
		return lines;
	}

	private static String safety(CaseNeeds c, SensorKind kind, String label) {
		boolean present = c.circuit().getComponents().stream().anyMatch(x -> x instanceof Sensor s && s.getSensorKind() == kind);
		return BOX + NLS.bind(present ? Messages.Check_present : Messages.Check_missing, label);
	}
}
