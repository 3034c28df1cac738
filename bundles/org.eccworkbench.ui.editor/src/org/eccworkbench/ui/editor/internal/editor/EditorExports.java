package org.eccworkbench.ui.editor.internal.editor;

import java.io.IOException;
import java.nio.file.Path;

import org.eccworkbench.analysis.circuit.CatalogCircuitFacts;
import org.eccworkbench.analysis.circuit.CircuitOptions;
import org.eccworkbench.catalog.CatalogRegistry;
import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.ui.editor.internal.Messages;
import org.eccworkbench.ui.editor.internal.export.PackSpecification;
import org.eccworkbench.ui.editor.internal.export.PackSpecificationExport;
import org.eccworkbench.ui.editor.internal.export.PngExport;
import org.eccworkbench.ui.editor.internal.export.SvgExport;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;

/** The tool bar's exports: asks for a file, writes the diagram to it, says when it fails. */
final class EditorExports implements DiagramPage.Exports {

	private final CircuitEditor editor;

	EditorExports(CircuitEditor editor) {
		this.editor = editor;
	}

	@Override
	public void exportPng() {
		ask("png").ifPresent(path -> run(path, () -> PngExport.write(editor.document().circuit(), path))); //$NON-NLS-1$
	}

	@Override
	public void exportSvg() {
		ask("svg").ifPresent(path -> run(path, () -> SvgExport.write(editor.document().circuit(), path))); //$NON-NLS-1$
	}

	/** The PDF the user names, and its CSV bill of materials beside it. */
	@Override
	public void exportPackSpecification() {
		ask("pdf").ifPresent(path -> { //$NON-NLS-1$
			Circuit circuit = editor.document().circuit();
			try {
				PackSpecification spec = PackSpecification.of(circuit,
						new CatalogCircuitFacts(CatalogRegistry.contributed(), CircuitOptions.defaults()));
				PackSpecificationExport.write(circuit, spec, path, PackSpecificationExport.csvBeside(path));
			} catch (IOException e) {
				MessageDialog.openError(editor.getSite().getShell(), Messages.Export_failedTitle,
						NLS.bind(Messages.Pack_failed, path, e.getMessage()));
			}
		});
	}

	private java.util.Optional<Path> ask(String extension) {
		FileDialog dialog = new FileDialog(editor.getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*." + extension }); //$NON-NLS-1$
		Path source = editor.document().path();
		String base = source.getFileName().toString().replaceFirst("\\.ecc$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFileName(base + "." + extension); //$NON-NLS-1$
		dialog.setFilterPath(source.toAbsolutePath().getParent().toString());
		dialog.setOverwrite(true);
		return java.util.Optional.ofNullable(dialog.open()).map(Path::of);
	}

	private interface Export {
		void run() throws IOException;
	}

	private void run(Path path, Export export) {
		try {
			export.run();
		} catch (IOException e) {
			MessageDialog.openError(editor.getSite().getShell(), Messages.Export_failedTitle,
					NLS.bind(Messages.Export_failed, path, e.getMessage()));
		}
	}
}
