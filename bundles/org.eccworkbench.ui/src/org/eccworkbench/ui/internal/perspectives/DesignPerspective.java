package org.eccworkbench.ui.internal.perspectives;

import static org.eccworkbench.ui.WorkbenchIds.*;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Design: circuits on the left, the circuit editor in the middle, outline and figures on the right, problems below. */
public final class DesignPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		layout.addView(VIEW_CIRCUITS, IPageLayout.LEFT, 0.22f, editors);
		IFolderLayout right = layout.createFolder("org.eccworkbench.ui.design.right", IPageLayout.RIGHT, 0.72f,
				editors);
		right.addView(VIEW_OUTLINE);
		right.addView(VIEW_CIRCUIT_FIGURES);
		IFolderLayout bottom = layout.createFolder("org.eccworkbench.ui.design.bottom", IPageLayout.BOTTOM, 0.70f,
				editors);
		bottom.addView(VIEW_PROBLEMS);
		bottom.addView(VIEW_PROPERTIES);
		layout.addPerspectiveShortcut(PERSPECTIVE_SIMULATE);
		layout.addPerspectiveShortcut(PERSPECTIVE_MONITOR);
		layout.addPerspectiveShortcut(PERSPECTIVE_MISSION);
		layout.addShowViewShortcut(VIEW_CIRCUITS);
		layout.addShowViewShortcut(VIEW_CIRCUIT_FIGURES);
		layout.addShowViewShortcut(VIEW_PROBLEMS);
		layout.addShowViewShortcut(VIEW_PROPERTIES);
		layout.addShowViewShortcut(VIEW_OUTLINE);
	}
}
