package org.eccworkbench.kit.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eccworkbench.kit.internal.Messages;
import org.eccworkbench.kit.mission.EmergencyItem;
import org.eccworkbench.kit.mission.Mission;
import org.eccworkbench.kit.mission.PlannedCase;
import org.eccworkbench.kit.mission.SiteConsole;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.Oxygenator;
import org.eclipse.osgi.util.NLS;

/**
 * Plans the kit of a mission: a circuit per case by weight band (moved up a band while the target
 * flow exceeds the oxygenator's maximum), the case needs from that circuit and the patient, spares
 * by policy, the emergency kit (ECMO circuits sized for the heaviest case, the mission's emergency
 * items, a hand crank for every console model without one on site), and the stock each line comes
 * from.
 */
public final class KitPlanner {

	static final String HAND_CRANK = "equipment.hand-crank";

	private final ItemTable items;
	private final CircuitSource circuits;

	/** A planner with the shipped circuit templates ({@link TemplateCircuitSource#contributed()}). */
	public KitPlanner(ItemTable items) {
		this(items, TemplateCircuitSource.contributed());
	}

	/** A planner with the circuits of {@code circuits}, for example a team's folder. */
	public KitPlanner(ItemTable items, CircuitSource circuits) {
		this.items = items;
		this.circuits = circuits;
	}

	public KitPlan plan(Mission mission) {
		PlanSettings settings = new PlanSettings(mission.getRules());
		CaseNeedsDeriver deriver = new CaseNeedsDeriver(settings, items);
		WeightBands bands = WeightBands.of(mission.getRules());
		List<Finding> findings = new ArrayList<>();
		List<CaseNeeds> cases = new ArrayList<>();
		for (PlannedCase plannedCase : mission.getCases()) {
			try {
				chooseCircuit(plannedCase, bands, deriver, findings)
						.ifPresent(t -> cases.add(deriver.derive(plannedCase, t.template(), t.circuit())));
			} catch (IllegalArgumentException e) {
				findings.add(Finding.blocking(NLS.bind(Messages.Plan_caseRefused, plannedCase.getId(), e.getMessage())));
			}
		}
		cases.forEach(c -> findings.addAll(c.findings()));

		List<CaseNeeds> emergency = new ArrayList<>();
		Map<String, Double> emergencyNeed = new LinkedHashMap<>();
		Optional<PlannedCase> heaviest = mission.getCases().stream().filter(c -> c.getWeightKg() > 0)
				.max(Comparator.comparingDouble(PlannedCase::getWeightKg));
		int emergencyCircuits = mission.getRules() == null ? 1 : mission.getRules().getEmergencyCircuits();
		String emergencyTemplate = mission.getRules() == null ? "va-ecmo" : mission.getRules().getEmergencyTemplate();
		if (emergencyCircuits > 0 && heaviest.isPresent()) {
			Optional<Circuit> circuit = circuits.circuit(emergencyTemplate);
			if (circuit.isEmpty()) {
				findings.add(Finding.blocking(NLS.bind(Messages.Plan_noTemplate, emergencyTemplate)));
			} else {
				for (int i = 0; i < emergencyCircuits; i++) {
					CaseNeeds needs = deriver.derive(heaviest.get(), emergencyTemplate, circuit.get());
					emergency.add(needs);
					needs.needs().stream().filter(n -> items.item(n.itemId()).map(it -> it.packing() != PackingClass.ON_SITE).orElse(true))
							.forEach(n -> emergencyNeed.merge(n.itemId(), n.quantity(), Double::sum));
				}
			}
		}
		emergency.forEach(e -> findings.addAll(e.findings()));
		long standby = mission.getCases().stream().filter(PlannedCase::isEcmoStandby).count();
		if (standby > 0 && emergencyCircuits == 0) {
			findings.add(Finding.blocking(NLS.bind(Messages.Plan_standbyWithoutEcmo, Long.toString(standby))));
		}
		for (EmergencyItem item : mission.getEmergency()) {
			emergencyNeed.merge(item.getItemId(), (double) item.getQuantity(), Double::sum);
		}
		for (SiteConsole console : mission.getConsoles()) {
			if (!console.isHandCrank()) {
				emergencyNeed.merge(HAND_CRANK, (double) Math.max(1, console.getCount()), Double::sum);
			}
		}

		Map<String, Double> caseNeed = new LinkedHashMap<>();
		for (CaseNeeds c : cases) {
			for (Need need : c.needs()) {
				caseNeed.merge(need.itemId(), need.quantity(), Double::sum);
			}
		}
		caseNeed.replaceAll((id, q) -> roundUp(q));
		emergencyNeed.replaceAll((id, q) -> roundUp(q));
		Map<String, Double> spares = SparePolicies.of(mission.getRules()).spares(caseNeed, items);

		List<String> ids = new ArrayList<>(caseNeed.keySet());
		emergencyNeed.keySet().stream().filter(id -> !caseNeed.containsKey(id)).forEach(ids::add);
		ids.sort(Comparator.comparing((String id) -> items.item(id).map(i -> i.category().ordinal()).orElse(99))
				.thenComparing(id -> id));
		Inventory inventory = new Inventory(mission.getInventory(), mission.getReturnDate());
		List<Requirement> requirements = new ArrayList<>();
		for (String id : ids) {
			Optional<KitItem> item = items.item(id);
			if (item.isEmpty()) {
				findings.add(Finding.blocking(NLS.bind(Messages.Plan_unknownItem, id)));
				continue;
			}
			Requirement line = inventory.allocate(item.get(), caseNeed.getOrDefault(id, 0.0), spares.getOrDefault(id, 0.0),
					emergencyNeed.getOrDefault(id, 0.0), findings);
			requirements.add(line);
			if (line.shortage() > 0) {
				findings.add(Finding.blocking(NLS.bind(Messages.Plan_shortage, new Object[] { id,
						Numbers.quantity(line.total()), Numbers.quantity(line.available()), Numbers.quantity(line.shortage()),
						item.get().unit() })));
			}
		}
		circuits.problems().forEach(p -> findings.add(Finding.warning(p)));
		return new KitPlan(mission, cases, requirements, emergency, findings.stream().distinct().toList());
	}

	/** Counted items are whole units; tubing is bought by the metre, rounded up too. */
	private static double roundUp(double quantity) {
		return Math.ceil(quantity - 1e-9);
	}

	record Chosen(String template, Circuit circuit) {
	}

	private Optional<Chosen> chooseCircuit(PlannedCase plannedCase, WeightBands bands, CaseNeedsDeriver deriver,
			List<Finding> findings) {
		if (plannedCase.getTemplate() != null && !plannedCase.getTemplate().isBlank()) {
			Optional<Circuit> circuit = circuits.circuit(plannedCase.getTemplate());
			if (circuit.isEmpty()) {
				findings.add(Finding.blocking(NLS.bind(Messages.Plan_noTemplate, plannedCase.getTemplate())));
			}
			return circuit.map(c -> new Chosen(plannedCase.getTemplate(), c));
		}
		double flow = deriver.targetFlow(plannedCase);
		int first = bands.index(plannedCase.getWeightKg());
		for (int i = first; i < bands.bands().size(); i++) {
			String template = bands.bands().get(i).template();
			Optional<Circuit> circuit = circuits.circuit(template);
			if (circuit.isEmpty()) {
				findings.add(Finding.blocking(NLS.bind(Messages.Plan_noTemplate, template)));
				return Optional.empty();
			}
			Optional<Double> max = circuit.get().getComponents().stream().filter(Oxygenator.class::isInstance)
					.map(Oxygenator.class::cast).findFirst().flatMap(o -> CircuitParts.maxFlow(o, items.catalog()));
			if (max.isEmpty()) {
				findings.add(Finding.warning(NLS.bind(Messages.Plan_oxygenatorFlowUnknown, plannedCase.getId(), template)));
				return Optional.of(new Chosen(template, circuit.get()));
			}
			if (max.get() >= flow || i == bands.bands().size() - 1) {
				if (i != first) {
					findings.add(Finding.info(NLS.bind(Messages.Plan_movedUp, new Object[] { plannedCase.getId(),
							bands.bands().get(first).template(), Numbers.fixed(flow, 2), template })));
				}
				if (max.get() < flow) {
					findings.add(Finding.blocking(NLS.bind(Messages.Plan_flowTooHigh, new Object[] { plannedCase.getId(),
							Numbers.fixed(flow, 2), Numbers.quantity(max.get()) })));
				}
				return Optional.of(new Chosen(template, circuit.get()));
			}
		}
		return Optional.empty();
	}
}
