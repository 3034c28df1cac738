package org.eccworkbench.ui.internal.perspectives;

import static org.eccworkbench.ui.WorkbenchIds.*;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Monitor: consoles and their connection state, live values, trends and alarms. */
public final class MonitorPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(false);
		layout.addView(VIEW_CONSOLES, IPageLayout.LEFT, 0.25f, editors);
		layout.addView(VIEW_LIVE_VALUES, IPageLayout.TOP, 0.45f, editors);
		layout.addView(VIEW_TRENDS, IPageLayout.BOTTOM, 0.45f, VIEW_LIVE_VALUES);
		layout.addView(VIEW_ALARMS, IPageLayout.RIGHT, 0.65f, VIEW_LIVE_VALUES);
		layout.addPerspectiveShortcut(PERSPECTIVE_DESIGN);
		layout.addPerspectiveShortcut(PERSPECTIVE_SIMULATE);
		layout.addPerspectiveShortcut(PERSPECTIVE_MISSION);
		layout.addShowViewShortcut(VIEW_CONSOLES);
		layout.addShowViewShortcut(VIEW_LIVE_VALUES);
		layout.addShowViewShortcut(VIEW_TRENDS);
		layout.addShowViewShortcut(VIEW_ALARMS);
	}
}
