package org.eccworkbench.ui.internal.perspectives;

import static org.eccworkbench.ui.WorkbenchIds.*;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Simulate: the perfusionist's controls, the live circuit, trends and alarms of a simulated case. */
public final class SimulatePerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(false);
		layout.addView(VIEW_SIMULATION_CONTROL, IPageLayout.LEFT, 0.25f, editors);
		layout.addView(VIEW_LIVE_CIRCUIT, IPageLayout.TOP, 0.55f, editors);
		layout.addView(VIEW_SIM_TRENDS, IPageLayout.BOTTOM, 0.55f, VIEW_LIVE_CIRCUIT);
		layout.addView(VIEW_SIM_ALARMS, IPageLayout.RIGHT, 0.56f, VIEW_SIM_TRENDS);
		layout.addPerspectiveShortcut(PERSPECTIVE_DESIGN);
		layout.addPerspectiveShortcut(PERSPECTIVE_MONITOR);
		layout.addPerspectiveShortcut(PERSPECTIVE_MISSION);
		layout.addShowViewShortcut(VIEW_SIMULATION_CONTROL);
		layout.addShowViewShortcut(VIEW_LIVE_CIRCUIT);
		layout.addShowViewShortcut(VIEW_SIM_TRENDS);
		layout.addShowViewShortcut(VIEW_SIM_ALARMS);
	}
}
