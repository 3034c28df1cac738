package org.eccworkbench.kit.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eccworkbench.kit.mission.PlanningRules;
import org.eccworkbench.kit.mission.SparePolicy;
import org.eccworkbench.kit.mission.SpareScope;

/**
 * How many spares each item gets: the larger of a minimum and a percentage of the cases' need,
 * rounded up. A policy names an item id or a category id; an item's own policy wins over its
 * category's. Per-item policies count each size or model on its own; per-category policies count
 * the sizes together and give the spares to the size needed most. The mission's policies replace
 * the defaults of the categories they name; docs/kit.md lists the defaults (a programme choice,
 * with "make sure a spare oxygenator is available" from the Capiox IFU behind the oxygenator's).
 */
public final class SparePolicies {

	/** One policy. */
	public record Policy(String selector, SpareScope scope, double percent, int minimum) {

		/** Spares for a need of {@code quantity}; none when nothing is needed. */
		public double spares(double quantity) {
			if (quantity <= 0) {
				return 0;
			}
			return Math.max(minimum, Math.ceil(quantity * percent / 100.0 - 1e-9));
		}
	}

	public static final List<Policy> DEFAULTS = List.of(new Policy("oxygenator", SpareScope.ITEM, 10, 1),
			new Policy("reservoir", SpareScope.ITEM, 10, 1), new Policy("arterial-filter", SpareScope.ITEM, 10, 1),
			new Policy("pump-head", SpareScope.ITEM, 10, 1), new Policy("cannula", SpareScope.ITEM, 0, 1),
			new Policy("tubing", SpareScope.ITEM, 10, 1), new Policy("cardioplegia-set", SpareScope.ITEM, 10, 1),
			new Policy("hemoconcentrator", SpareScope.ITEM, 0, 1), new Policy("consumable", SpareScope.ITEM, 10, 1),
			new Policy("fluid", SpareScope.ITEM, 10, 2), new Policy("drug", SpareScope.ITEM, 10, 1),
			new Policy("blood", SpareScope.ITEM, 0, 0), new Policy("equipment", SpareScope.ITEM, 0, 0));

	private final Map<String, Policy> bySelector = new LinkedHashMap<>();

	public SparePolicies(List<Policy> policies) {
		DEFAULTS.forEach(p -> bySelector.put(p.selector(), p));
		policies.forEach(p -> bySelector.put(p.selector(), p));
	}

	public static SparePolicies of(PlanningRules rules) {
		List<Policy> own = rules == null ? List.of()
				: rules.getSpares().stream().map(SparePolicies::policy).toList();
		return new SparePolicies(own);
	}

	private static Policy policy(SparePolicy policy) {
		return new Policy(policy.getSelector(), policy.getScope(), policy.getPercent(), policy.getMinimum());
	}

	/** The policy of {@code item}: its own, else its category's. */
	public Policy policy(KitItem item) {
		Policy own = bySelector.get(item.id());
		return own != null ? own : bySelector.getOrDefault(item.category().id(), new Policy(item.category().id(), SpareScope.ITEM, 0, 0));
	}

	/** Spares per item id for the case needs {@code needByItem}. */
	public Map<String, Double> spares(Map<String, Double> needByItem, ItemTable items) {
		Map<String, Double> spares = new LinkedHashMap<>();
		Map<String, String> categoryLeader = new LinkedHashMap<>();
		Map<String, Double> categoryTotal = new LinkedHashMap<>();
		for (Map.Entry<String, Double> need : needByItem.entrySet()) {
			KitItem item = items.item(need.getKey()).orElse(null);
			if (item == null) {
				continue;
			}
			Policy policy = policy(item);
			if (policy.scope() == SpareScope.CATEGORY && !policy.selector().equals(item.id())) {
				categoryTotal.merge(policy.selector(), need.getValue(), Double::sum);
				String leader = categoryLeader.get(policy.selector());
				if (leader == null || needByItem.get(leader) < need.getValue()) {
					categoryLeader.put(policy.selector(), need.getKey());
				}
			} else {
				spares.put(need.getKey(), policy.spares(need.getValue()));
			}
		}
		for (Map.Entry<String, String> leader : categoryLeader.entrySet()) {
			Policy policy = bySelector.get(leader.getKey());
			spares.put(leader.getValue(), policy.spares(categoryTotal.get(leader.getKey())));
		}
		return spares;
	}
}
