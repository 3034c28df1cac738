package org.eccworkbench.ui.sim.internal;

import org.eccworkbench.sim.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * One control of the perfusionist's panel in a four-column grid: its name, a number field whose
 * tooltip gives the action's range, the unit and the button that applies it.
 */
final class NumberRow {

	final Label label;
	final Text field;
	final Label unit;
	final Button button;

	NumberRow(Composite parent, String name, String unitText, String buttonText, Action action, String parameter) {
		label = new Label(parent, SWT.NONE);
		label.setText(name);
		field = new Text(parent, SWT.BORDER | SWT.RIGHT);
		GridDataFactory.fillDefaults().grab(true, false).hint(40, SWT.DEFAULT).applyTo(field);
		unit = new Label(parent, SWT.NONE);
		unit.setText(unitText);
		button = new Button(parent, SWT.PUSH);
		button.setText(buttonText);
		GridDataFactory.fillDefaults().applyTo(button);
		range(action, parameter, unitText);
	}

	/** Sets the field's tooltip to the range of {@code action}'s {@code parameter}. */
	void range(Action action, String parameter, String unitText) {
		double[] range = action.numbers().get(parameter);
		if (range != null) {
			field.setToolTipText(NLS.bind(Messages.Control_range,
					new Object[] { Texts.number(range[0]), Texts.number(range[1]), unitText }));
		}
	}
}
