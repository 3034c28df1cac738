package org.eccworkbench.ui.editor.internal.canvas;

import org.eccworkbench.ui.editor.internal.Messages;
import org.eccworkbench.ui.editor.internal.commands.CircuitClipboard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/** The diagram's context menu: the edits of the selection, and the view of the whole circuit. */
final class DiagramMenu {

	private DiagramMenu() {
	}

	static void install(DiagramCanvas canvas) {
		DiagramController controller = canvas.controller();
		Menu menu = new Menu(canvas.control());
		MenuItem delete = item(menu, Messages.Action_delete, controller::deleteSelection);
		MenuItem copy = item(menu, Messages.Action_copy, controller::copySelection);
		MenuItem paste = item(menu, Messages.Action_paste, controller::paste);
		item(menu, Messages.Action_selectAll, controller::selectAll);
		new MenuItem(menu, SWT.SEPARATOR);
		item(menu, Messages.Tool_autoLayout, () -> {
			controller.autoLayout();
			canvas.fit();
		});
		item(menu, Messages.Tool_fit, canvas::fit);
		menu.addListener(SWT.Show, e -> {
			boolean selected = !controller.selection().isEmpty();
			delete.setEnabled(selected);
			copy.setEnabled(selected);
			paste.setEnabled(!CircuitClipboard.isEmpty());
		});
		canvas.control().setMenu(menu);
	}

	private static MenuItem item(Menu menu, String text, Runnable action) {
		MenuItem item = new MenuItem(menu, SWT.PUSH);
		item.setText(text);
		item.addListener(SWT.Selection, e -> action.run());
		return item;
	}
}
