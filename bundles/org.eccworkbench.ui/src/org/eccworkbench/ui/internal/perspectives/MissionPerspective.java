package org.eccworkbench.ui.internal.perspectives;

import static org.eccworkbench.ui.WorkbenchIds.*;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Mission: planned cases, the kit's bill of materials, packing into pieces, and the plan's problems. */
public final class MissionPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		layout.addView(VIEW_MISSION_CASES, IPageLayout.LEFT, 0.30f, editors);
		layout.addView(VIEW_KIT_BOM, IPageLayout.TOP, 0.60f, editors);
		layout.addView(VIEW_PACKING, IPageLayout.RIGHT, 0.60f, VIEW_KIT_BOM);
		IFolderLayout bottom = layout.createFolder("org.eccworkbench.ui.mission.bottom", IPageLayout.BOTTOM, 0.70f,
				editors);
		bottom.addView(VIEW_PROBLEMS);
		layout.addPerspectiveShortcut(PERSPECTIVE_DESIGN);
		layout.addPerspectiveShortcut(PERSPECTIVE_SIMULATE);
		layout.addPerspectiveShortcut(PERSPECTIVE_MONITOR);
		layout.addShowViewShortcut(VIEW_MISSION_CASES);
		layout.addShowViewShortcut(VIEW_KIT_BOM);
		layout.addShowViewShortcut(VIEW_PACKING);
		layout.addShowViewShortcut(VIEW_PROBLEMS);
	}
}
