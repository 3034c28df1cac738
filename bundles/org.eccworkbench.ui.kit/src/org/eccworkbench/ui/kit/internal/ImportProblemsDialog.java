package org.eccworkbench.ui.kit.internal;

import org.eccworkbench.kit.importer.ImportResult;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** The rows a CSV import left out, by row and column; the good rows were added. */
final class ImportProblemsDialog extends TitleAreaDialog {

	private final String csvName;
	private final ImportResult result;

	ImportProblemsDialog(Shell parent, String csvName, ImportResult result) {
		super(parent);
		this.csvName = csvName;
		this.result = result;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Import_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(Messages.Import_problemsTitle, csvName));
		setMessage(NLS.bind(Messages.Import_summary, Integer.toString(result.imported()),
				Integer.toString(result.problems().size())));
		Text list = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		list.setText(String.join("\n", result.problems()));
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.widthHint = 560;
		data.heightHint = 240;
		list.setLayoutData(data);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
	}
}
