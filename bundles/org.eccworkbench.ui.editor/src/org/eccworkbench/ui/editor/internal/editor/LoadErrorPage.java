package org.eccworkbench.ui.editor.internal.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eccworkbench.model.resource.FileProblem;
import org.eccworkbench.ui.editor.internal.Messages;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * What the editor shows for a file it could not read: each problem with its file and line, and
 * that the file is left untouched. There is no circuit, so there is nothing to save over it.
 */
public final class LoadErrorPage {

	private final Composite root;
	private final Text problems;

	public LoadErrorPage(Composite parent, Path file, List<FileProblem> found) {
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(16, 16).spacing(0, 10).applyTo(root);
		Label heading = new Label(root, SWT.WRAP);
		heading.setFont(JFaceResources.getHeaderFont());
		heading.setText(NLS.bind(Messages.LoadError_heading, file.getFileName()));
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(heading);
		Label explanation = new Label(root, SWT.WRAP);
		explanation.setText(Messages.LoadError_explanation);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(explanation);
		problems = new Text(root, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		problems.setFont(JFaceResources.getTextFont());
		problems.setText(text(found));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(problems);
	}

	static String text(List<FileProblem> found) {
		return found.stream().map(FileProblem::toString).collect(Collectors.joining(System.lineSeparator()));
	}

	public Composite control() {
		return root;
	}

	/** The problems as shown. */
	public String problemsText() {
		return problems.getText();
	}
}
