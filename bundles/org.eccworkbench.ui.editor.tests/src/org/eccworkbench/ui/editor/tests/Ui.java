package org.eccworkbench.ui.editor.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eccworkbench.ui.editor.EditorIds;
import org.eccworkbench.ui.editor.internal.editor.CircuitEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/** Helpers for tests in the running workbench. */
final class Ui {

	private Ui() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain
		}
	}

	/** Lets timers run (the delayed validation, repaints) for about {@code millis}. */
	static void settle(long millis) {
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			processEvents();
			try {
				Thread.sleep(10);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	static IProject project(String name) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		org.eccworkbench.ui.editor.internal.wizards.NewPerfusionProjectWizard.create(project);
		return project;
	}

	static CircuitEditor open(IFile file) throws PartInitException {
		CircuitEditor editor = (CircuitEditor) IDE.openEditor(page(), file, EditorIds.CIRCUIT_EDITOR);
		processEvents();
		return editor;
	}

	static void write(IFile file, String content) throws CoreException {
		var bytes = new java.io.ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(bytes, true, false, null);
		} else {
			file.create(bytes, true, null);
		}
	}

	/** The ERROR entries of the workbench log. */
	static String logErrors() throws IOException {
		Path log = Platform.getLogFileLocation().toPath();
		String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : ""; //$NON-NLS-1$
		StringBuilder errors = new StringBuilder();
		Matcher entry = Pattern.compile("(?m)^!ENTRY \\S+ 4 .*\\R!MESSAGE .*(\\R(?!!ENTRY).*){0,6}").matcher(text); //$NON-NLS-1$
		while (entry.find()) {
			errors.append(entry.group()).append('\n');
		}
		return errors.toString();
	}
}
