package org.eccworkbench.ui.editor.internal.wizards;

import java.util.List;

import org.eccworkbench.ui.editor.internal.Messages;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** Chooses what the new circuit starts from. */
final class StarterPage extends WizardPage {

	private final List<StarterCircuit> starters;
	private StarterCircuit chosen;

	StarterPage(List<StarterCircuit> starters) {
		super("starter"); //$NON-NLS-1$
		this.starters = starters;
		this.chosen = starters.get(0);
		setTitle(Messages.NewCircuit_starterTitle);
		setDescription(Messages.NewCircuit_starterDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(page);
		for (StarterCircuit starter : starters) {
			Button choice = new Button(page, SWT.RADIO);
			choice.setText(starter.label());
			choice.setSelection(starter == chosen);
			choice.addListener(SWT.Selection, e -> {
				if (choice.getSelection()) {
					chosen = starter;
				}
			});
			Label description = new Label(page, SWT.WRAP);
			description.setText(starter.description());
			GridDataFactory.fillDefaults().grab(true, false).indent(20, 0).hint(300, SWT.DEFAULT).applyTo(description);
		}
		setControl(page);
	}

	StarterCircuit chosen() {
		return chosen;
	}

	void choose(StarterCircuit starter) {
		chosen = starter;
	}
}
