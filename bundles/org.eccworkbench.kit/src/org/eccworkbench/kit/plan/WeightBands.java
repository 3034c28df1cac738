package org.eccworkbench.kit.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eccworkbench.kit.mission.PlanningRules;
import org.eccworkbench.kit.mission.WeightBand;

/**
 * Which circuit template a patient's weight calls for: the first band whose upper weight is at
 * least the patient's. When the mission gives no bands, {@link #DEFAULTS} apply. Their limits are
 * a programme choice, checked against the flows of the shipped templates' oxygenators
 * (docs/kit.md); the planner moves a case up a band when its target flow exceeds the oxygenator's
 * maximum, so the table never decides alone.
 */
public final class WeightBands {

	/** One band: patients up to {@code upToKg} get {@code template}. */
	public record Band(double upToKg, String template) {
	}

	public static final List<Band> DEFAULTS = List.of(new Band(10, "neonatal"), new Band(16, "paediatric"),
			new Band(50, "small-adult"), new Band(Double.MAX_VALUE, "adult"));

	private final List<Band> bands;

	public WeightBands(List<Band> bands) {
		List<Band> sorted = new ArrayList<>(bands);
		sorted.sort(Comparator.comparingDouble(Band::upToKg));
		this.bands = List.copyOf(sorted);
	}

	public static WeightBands of(PlanningRules rules) {
		if (rules == null || rules.getBands().isEmpty()) {
			return new WeightBands(DEFAULTS);
		}
		List<Band> bands = new ArrayList<>();
		for (WeightBand band : rules.getBands()) {
			bands.add(new Band(band.getUpToKg() <= 0 ? Double.MAX_VALUE : band.getUpToKg(), band.getTemplate()));
		}
		return new WeightBands(bands);
	}

	/** The index of the band of {@code weightKg}; the last band takes any heavier patient. */
	public int index(double weightKg) {
		for (int i = 0; i < bands.size(); i++) {
			if (weightKg <= bands.get(i).upToKg()) {
				return i;
			}
		}
		return bands.size() - 1;
	}

	public List<Band> bands() {
		return bands;
	}
}
