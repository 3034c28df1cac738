package org.eccworkbench.kit.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eccworkbench.analysis.BloodVolumeBand;
import org.eccworkbench.analysis.BloodVolumeEstimate;
import org.eccworkbench.analysis.BodySize;
import org.eccworkbench.analysis.CardioplegiaProtocol;
import org.eccworkbench.analysis.CardioplegiaVolumes;
import org.eccworkbench.analysis.HemodilutionEstimate;
import org.eccworkbench.analysis.HeparinDose;
import org.eccworkbench.analysis.TargetFlow;
import org.eccworkbench.analysis.TubingDiameter;
import org.eccworkbench.analysis.TubingPrime;
import org.eccworkbench.catalog.FigureKey;
import org.eccworkbench.kit.internal.Messages;
import org.eccworkbench.kit.mission.PlannedCase;
import org.eccworkbench.model.circuit.Cannula;
import org.eccworkbench.model.circuit.CardioplegiaSet;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.Component;
import org.eccworkbench.model.circuit.Connection;
import org.eccworkbench.model.circuit.LineRole;
import org.eccworkbench.model.circuit.PortKind;
import org.eclipse.osgi.util.NLS;

/**
 * Derives a case's needs from its circuit's bill of materials and the patient: one of each
 * single-use part, tubing by internal diameter and length, cannulas by flow, cardioplegia by
 * protocol and weight, prime fluid by the circuit's prime, packed red cells when the predicted
 * haematocrit falls below the target, heparin and protamine by weight.
 */
public final class CaseNeedsDeriver {

	static final String PRIME_FLUID = "fluid.plasma-lyte-a-1000ml";
	static final String HEPARIN = "drug.heparin-25000u";
	static final String PROTAMINE = "drug.protamine-50mg";
	static final String RED_CELLS = "blood.prbc-ml";
	/** del Nido is re-dosed after 90 min of ischaemia (Kachoueian et al., JECT 2024;56:159). */
	static final int REDOSE_INTERVAL_MIN = 90;

	private final PlanSettings settings;
	private final ItemTable items;
	private final CannulaChooser cannulas;

	public CaseNeedsDeriver(PlanSettings settings, ItemTable items) {
		this.settings = settings;
		this.items = items;
		this.cannulas = new CannulaChooser(items.catalog());
	}

	/** The target flow of {@code plannedCase}, L/min: cardiac index × BSA. */
	public double targetFlow(PlannedCase plannedCase) {
		return new TargetFlow(bsa(plannedCase), settings.cardiacIndex()).flowLitresPerMin();
	}

	double bsa(PlannedCase plannedCase) {
		return settings.bsaFormula().bsaSquareMetres(new BodySize(plannedCase.getHeightCm(), plannedCase.getWeightKg()));
	}

	public CaseNeeds derive(PlannedCase plannedCase, String template, Circuit circuit) {
		List<Need> needs = new ArrayList<>();
		List<Finding> findings = new ArrayList<>();
		String id = plannedCase.getId();
		double bsa = bsa(plannedCase);
		double flow = new TargetFlow(bsa, settings.cardiacIndex()).flowLitresPerMin();
		double prime = 0;
		List<String> unknownPrime = new ArrayList<>();
		double crystalloid = 0;
		double cardioplegiaTotal = 0;
		List<Cannula> venous = new ArrayList<>();
		for (Component component : circuit.getComponents()) {
			Optional<String> item = CircuitParts.item(component);
			item.ifPresent(i -> needs.add(new Need(i, 1, component.getId())));
			if (item.isPresent() && CircuitParts.hasPrime(component)) {
				Optional<Double> ml = primeOf(component);
				if (ml.isPresent()) {
					prime += ml.get();
				} else {
					unknownPrime.add(component.getId());
				}
			}
			if (component instanceof Cannula cannula) {
				if (CircuitParts.isVenous(cannula.getCannulaKind())) {
					venous.add(cannula);
				} else {
					addCannulas(cannula, flow, needs, findings, id);
				}
			}
			if (component instanceof CardioplegiaSet set) {
				CardioplegiaVolumes[] doses = cardioplegia(set, plannedCase, findings);
				for (CardioplegiaVolumes dose : doses) {
					crystalloid += dose.crystalloidMl();
					cardioplegiaTotal += dose.totalMl();
				}
				if (doses.length > 0) {
					String bag = "fluid.cardioplegia." + doses[0].protocol().id() + "-1000ml";
					needs.add(new Need(bag, Math.max(1, Math.ceil(crystalloid / contentOf(bag, 1000))), "cardioplegia"));
				}
			}
		}
		for (Cannula cannula : venous) {
			addCannulas(cannula, flow / venous.size(), needs, findings, id);
		}
		for (Connection connection : circuit.getConnections()) {
			if (!carriesBlood(connection)) {
				continue;
			}
			TubingDiameter diameter = new TubingDiameter(connection.getInternalDiameterInch());
			prime += new TubingPrime(diameter, connection.getLengthM()).primeMillilitres();
			needs.add(new Need(CircuitParts.tubingItem(items.catalog(), connection.getInternalDiameterInch()),
					connection.getLengthM(), connection.getId()));
		}
		if (!unknownPrime.isEmpty()) {
			findings.add(Finding.warning(NLS.bind(Messages.Case_unknownPrime, template, String.join(", ", unknownPrime))));
		}
		needs.add(new Need(PRIME_FLUID, Math.max(1, Math.ceil(prime / contentOf(PRIME_FLUID, 1000))), "prime"));
		double predicted = bloodNeed(plannedCase, prime, crystalloid, needs, findings);
		HeparinDose heparin = new HeparinDose(plannedCase.getWeightKg(), settings.heparinUnitsPerKg(),
				settings.protamineMgPer100Units());
		needs.add(new Need(HEPARIN, Math.max(1, Math.ceil(heparin.heparinUnits() / contentOf(HEPARIN, 25000))), "heparin"));
		needs.add(new Need(PROTAMINE, Math.max(1, Math.ceil(heparin.protamineMilligrams() / contentOf(PROTAMINE, 50))),
				"protamine"));
		return new CaseNeeds(plannedCase, template, circuit, bsa, flow, prime, predicted, heparin.heparinUnits(),
				heparin.protamineMilligrams(), cardioplegiaTotal, needs, findings.stream().distinct().toList());
	}

	private void addCannulas(Cannula cannula, double flow, List<Need> needs, List<Finding> findings, String caseId) {
		CannulaChooser.Choice choice = cannulas.choose(cannula.getCannulaKind(), flow);
		for (String item : choice.itemIds()) {
			needs.add(new Need(item, 1, cannula.getId()));
		}
		choice.note().ifPresent(kind -> findings.add(Finding.warning(
				NLS.bind(Messages.Case_cannulaUnsized, new Object[] { caseId, kind, Numbers.fixed(flow, 2) }))));
	}

	private CardioplegiaVolumes[] cardioplegia(CardioplegiaSet set, PlannedCase plannedCase, List<Finding> findings) {
		CardioplegiaProtocol protocol = CircuitParts.protocol(set.getProtocol()).orElse(settings.cardioplegiaProtocol());
		if (protocol.mlPerKg(CardioplegiaProtocol.Dose.INDUCTION).isEmpty()) {
			findings.add(Finding.warning(NLS.bind(Messages.Case_cardioplegiaNoDose, plannedCase.getId(), protocol.id())));
			return new CardioplegiaVolumes[0];
		}
		int redoses = Math.max(0,
				(int) Math.ceil((plannedCase.getExpectedBypassMinutes() - REDOSE_INTERVAL_MIN) / (double) REDOSE_INTERVAL_MIN));
		boolean canRedose = protocol.mlPerKg(CardioplegiaProtocol.Dose.REDOSE).isPresent();
		CardioplegiaVolumes[] doses = new CardioplegiaVolumes[1 + (canRedose ? redoses : 0)];
		doses[0] = CardioplegiaVolumes.byWeight(protocol, CardioplegiaProtocol.Dose.INDUCTION, plannedCase.getWeightKg());
		for (int i = 1; i < doses.length; i++) {
			doses[i] = CardioplegiaVolumes.byWeight(protocol, CardioplegiaProtocol.Dose.REDOSE, plannedCase.getWeightKg());
		}
		return doses;
	}

	/** Predicted haematocrit; adds packed red cells when it falls below the target. */
	private double bloodNeed(PlannedCase plannedCase, double prime, double crystalloid, List<Need> needs,
			List<Finding> findings) {
		Double hct = plannedCase.getHematocritPercent();
		if (hct == null) {
			findings.add(Finding.warning(NLS.bind(Messages.Case_noHct, plannedCase.getId())));
			return Double.NaN;
		}
		double ebv = BloodVolumeEstimate.of(bloodVolumeBand(plannedCase.getAgeYears()), plannedCase.getWeightKg())
				.ebvMillilitres();
		double predicted = new HemodilutionEstimate(ebv, hct, prime, crystalloid, 0).predictedHctPercent();
		double target = settings.targetHctPercent();
		if (predicted < target) {
			// Mass balance of red cells: target × total volume = patient's cells + cells added.
			double total = ebv + prime + crystalloid;
			double redCells = (target * total - hct * ebv) / settings.packedCellHctPercent();
			needs.add(new Need(RED_CELLS, Math.ceil(redCells), "predicted Hct " + Numbers.fixed(predicted, 1) + " %"));
		}
		return predicted;
	}

	/** The EBV band of an age: under a month term neonate, under a year infant, under 13 child, else adult. */
	static BloodVolumeBand bloodVolumeBand(double ageYears) {
		if (ageYears < 1.0 / 12) {
			return BloodVolumeBand.TERM_NEONATE;
		}
		if (ageYears < 1) {
			return BloodVolumeBand.INFANT;
		}
		return ageYears < 13 ? BloodVolumeBand.CHILD : BloodVolumeBand.ADULT;
	}

	private Optional<Double> primeOf(Component component) {
		if (component.getPrimeMl() != null) {
			return Optional.of(component.getPrimeMl());
		}
		String product = component.getProductId();
		if (product == null || product.isBlank()) {
			return Optional.empty();
		}
		return items.catalog().product(product).flatMap(p -> p.figure(FigureKey.PRIME_ML)).map(f -> f.value());
	}

	private double contentOf(String itemId, double fallback) {
		return items.item(itemId).map(KitItem::content).filter(c -> c > 0).orElse(fallback);
	}

	static boolean carriesBlood(Connection connection) {
		LineRole role = connection.getRole();
		if (role == LineRole.GAS || role == LineRole.WATER || role == LineRole.SIGNAL) {
			return false;
		}
		if (connection.getSource() != null && connection.getSource().getKind() != null) {
			PortKind kind = connection.getSource().getKind();
			if (kind == PortKind.GAS_OUT || kind == PortKind.WATER_OUT || kind == PortKind.SIGNAL) {
				return false;
			}
		}
		return connection.getInternalDiameterInch() > 0 && connection.getLengthM() > 0;
	}

}
