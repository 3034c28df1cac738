package org.eccworkbench.ui.internal.views;

import org.eccworkbench.ui.internal.Messages;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * A view whose content is not built yet. It says what will appear in it and that this build does
 * not have it; it never shows sample data that could pass for real figures.
 */
public final class EmptyStateView extends ViewPart {

	private Composite page;
	private Label heading;
	private Label explanation;

	@Override
	public void createPartControl(Composite parent) {
		EmptyState state = EmptyState.forView(getViewSite().getId());
		page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(16, 16).spacing(0, 10).applyTo(page);

		heading = new Label(page, SWT.WRAP);
		heading.setText(state.heading());
		heading.setFont(JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(heading);

		explanation = new Label(page, SWT.WRAP);
		explanation.setText(state.explanation());
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(explanation);

		Label availability = new Label(page, SWT.WRAP);
		availability.setText(Messages.EmptyState_notInThisBuild);
		availability.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(availability);
	}

	@Override
	public void setFocus() {
		page.setFocus();
	}

	/** The heading shown, e.g. for tests. */
	public String getHeading() {
		return heading.getText();
	}

	/** The explanation shown, e.g. for tests. */
	public String getExplanation() {
		return explanation.getText();
	}
}
