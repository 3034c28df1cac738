package org.eccworkbench.ui.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.IWorkbenchWindow;

/** Help &gt; About ECC Workbench. */
final class AboutAction extends Action {

	private final IWorkbenchWindow window;

	AboutAction(IWorkbenchWindow window) {
		super(Messages.About_menu);
		this.window = window;
		setId("org.eccworkbench.ui.about");
	}

	@Override
	public void run() {
		new AboutDialog(window.getShell()).open();
	}
}
