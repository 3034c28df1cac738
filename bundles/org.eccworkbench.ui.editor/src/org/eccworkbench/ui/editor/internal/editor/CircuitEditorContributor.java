package org.eccworkbench.ui.editor.internal.editor;

import org.eccworkbench.ui.editor.internal.Messages;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Connects the workbench's Edit actions (Undo, Redo, Delete, Copy, Paste, Select All, with their
 * usual keys) to the active circuit editor. Undo and Redo name the command they would undo.
 */
public final class CircuitEditorContributor extends EditorActionBarContributor implements CommandStackListener {

	private CircuitEditor editor;
	private final Action undo = action(() -> stack().undo());
	private final Action redo = action(() -> stack().redo());
	private final Action delete = action(() -> editor.controller().ifPresent(c -> c.deleteSelection()));
	private final Action copy = action(() -> editor.controller().ifPresent(c -> c.copySelection()));
	private final Action paste = action(() -> editor.controller().ifPresent(c -> c.paste()));
	private final Action selectAll = action(() -> editor.controller().ifPresent(c -> c.selectAll()));

	private static Action action(Runnable run) {
		return new Action() {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	@Override
	public void init(IActionBars bars) {
		super.init(bars);
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
		bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
		bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
		bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), selectAll);
		delete.setText(Messages.Action_delete);
		copy.setText(Messages.Action_copy);
		paste.setText(Messages.Action_paste);
		selectAll.setText(Messages.Action_selectAll);
	}

	@Override
	public void setActiveEditor(IEditorPart part) {
		if (editor != null && editor.document() != null) {
			editor.document().commandStack().removeCommandStackListener(this);
		}
		editor = part instanceof CircuitEditor circuitEditor ? circuitEditor : null;
		if (editor != null && editor.document() != null) {
			editor.document().commandStack().addCommandStackListener(this);
		}
		update();
	}

	private CommandStack stack() {
		return editor.document().commandStack();
	}

	@Override
	public void commandStackChanged(java.util.EventObject event) {
		update();
	}

	private void update() {
		boolean editable = editor != null && editor.document() != null && !editor.document().broken();
		undo.setEnabled(editable && stack().canUndo());
		redo.setEnabled(editable && stack().canRedo());
		undo.setText(label(Messages.Action_undo, editable ? stack().getUndoCommand() : null));
		redo.setText(label(Messages.Action_redo, editable ? stack().getRedoCommand() : null));
		for (IAction action : new IAction[] { delete, copy, paste, selectAll }) {
			action.setEnabled(editable);
		}
		getActionBars().updateActionBars();
	}

	private static String label(String verb, org.eclipse.emf.common.command.Command command) {
		String what = command == null || command.getLabel() == null ? "" : command.getLabel(); //$NON-NLS-1$
		return NLS.bind(verb, what).trim();
	}

	@Override
	public void dispose() {
		setActiveEditor(null);
		super.dispose();
	}
}
