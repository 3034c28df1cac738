package org.eccworkbench.ui.internal;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** Name, version and build, Java runtime, and what the tool is and is not for. */
public final class AboutDialog extends Dialog {

	private Label versionLabel;

	public AboutDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.About_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().margins(16, 16).applyTo(area);
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), area);

		Label image = new Label(area, SWT.NONE);
		image.setImage(resources.create(ImageDescriptor.createFromURL(
				FrameworkUtil.getBundle(AboutDialog.class).getEntry("icons/eccw-about.png"))));
		GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.TOP).applyTo(image);

		versionLabel = new Label(area, SWT.WRAP);
		versionLabel.setText(versionText());
		versionLabel.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(versionLabel);

		Label runtime = new Label(area, SWT.WRAP);
		runtime.setText(NLS.bind(Messages.About_runtime, new Object[] { System.getProperty("java.version"),
				System.getProperty("java.vendor"), System.getProperty("os.name"), System.getProperty("os.arch") }));

		Label safety = new Label(area, SWT.WRAP);
		safety.setText(Messages.About_safety);
		GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).indent(0, 12).applyTo(safety);

		Label license = new Label(area, SWT.WRAP);
		license.setText(Messages.About_license);
		GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).indent(0, 8).applyTo(license);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	/** The text of the version line, for example {@code Version 0.1.0 (build v20261201-0830)}. */
	public String getVersionText() {
		return versionLabel == null || versionLabel.isDisposed() ? versionText() : versionLabel.getText();
	}

	static String versionText() {
		IProduct product = Platform.getProduct();
		Bundle defining = product != null ? product.getDefiningBundle() : FrameworkUtil.getBundle(AboutDialog.class);
		Version version = defining.getVersion();
		String release = version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
		return version.getQualifier().isEmpty() ? NLS.bind(Messages.About_version, release)
				: NLS.bind(Messages.About_versionWithBuild, release, version.getQualifier());
	}
}
