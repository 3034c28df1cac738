package org.eccworkbench.ui.internal.views;

import static org.eccworkbench.ui.WorkbenchIds.*;

import java.util.Map;

import org.eccworkbench.ui.internal.Messages;

/** What each not-yet-built view will show, in the user's language. */
record EmptyState(String heading, String explanation) {

	private static final Map<String, EmptyState> BY_VIEW = Map.ofEntries(
			Map.entry(VIEW_TRENDS, new EmptyState(Messages.Trends_heading, Messages.Trends_explanation)),
			Map.entry(VIEW_ALARMS, new EmptyState(Messages.Alarms_heading, Messages.Alarms_explanation)),
			Map.entry(VIEW_CONSOLES, new EmptyState(Messages.Consoles_heading, Messages.Consoles_explanation)),
			Map.entry(VIEW_LIVE_VALUES, new EmptyState(Messages.LiveValues_heading, Messages.LiveValues_explanation)),
			Map.entry(VIEW_MISSION_CASES,
					new EmptyState(Messages.MissionCases_heading, Messages.MissionCases_explanation)),
			Map.entry(VIEW_KIT_BOM, new EmptyState(Messages.KitBom_heading, Messages.KitBom_explanation)),
			Map.entry(VIEW_PACKING, new EmptyState(Messages.Packing_heading, Messages.Packing_explanation)));

	/** The empty state of {@code viewId}; a view without one says so rather than showing nothing. */
	static EmptyState forView(String viewId) {
		return BY_VIEW.getOrDefault(viewId, new EmptyState(viewId, Messages.EmptyState_unknownView));
	}
}
