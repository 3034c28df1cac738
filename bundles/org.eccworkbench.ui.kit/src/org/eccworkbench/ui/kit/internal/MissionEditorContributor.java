package org.eccworkbench.ui.kit.internal;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/** Routes the workbench's Undo and Redo to the active mission editor's command stack. */
public final class MissionEditorContributor extends EditorActionBarContributor {

	@Override
	public void setActiveEditor(IEditorPart part) {
		IActionBars bars = getActionBars();
		if (part instanceof MissionEditor editor) {
			bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor.undoAction());
			bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor.redoAction());
		} else {
			bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), null);
			bars.setGlobalActionHandler(ActionFactory.REDO.getId(), null);
		}
		bars.updateActionBars();
	}
}
