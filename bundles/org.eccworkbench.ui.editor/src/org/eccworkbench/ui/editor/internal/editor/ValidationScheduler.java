package org.eccworkbench.ui.editor.internal.editor;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.CircuitElement;
import org.eccworkbench.ui.editor.internal.validation.CircuitValidation;
import org.eccworkbench.ui.editor.internal.validation.CircuitValidation.Finding;
import org.eccworkbench.ui.editor.internal.validation.ProblemMarkers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Display;

/**
 * Validates the circuit shortly after each edit (edits in quick succession validate once) and
 * publishes the findings as Problems markers and as decorations of the elements concerned.
 */
final class ValidationScheduler {

	private static final int DELAY_MS = 300;

	private final Circuit circuit;
	private final Runnable beforeValidation;
	private final Consumer<Set<CircuitElement>> decorations;
	private final Runnable validation = this::validateNow;
	private Optional<IFile> file;
	private List<Finding> findings = List.of();

	ValidationScheduler(Circuit circuit, Runnable beforeValidation, Optional<IFile> file,
			Consumer<Set<CircuitElement>> decorations) {
		this.circuit = circuit;
		this.beforeValidation = beforeValidation;
		this.file = file;
		this.decorations = decorations;
	}

	void setFile(Optional<IFile> value) {
		file.ifPresent(ValidationScheduler::clear);
		file = value;
	}

	void schedule() {
		Display display = Display.getCurrent();
		if (display != null) {
			display.timerExec(DELAY_MS, validation);
		}
	}

	void validateNow() {
		beforeValidation.run();
		findings = CircuitValidation.validate(circuit);
		Set<CircuitElement> flagged = new HashSet<>();
		findings.stream().filter(f -> f.element() != null).forEach(f -> flagged.add(f.element()));
		decorations.accept(flagged);
		file.ifPresent(f -> {
			try {
				ProblemMarkers.update(f, findings);
			} catch (CoreException e) {
				ILog.of(ValidationScheduler.class).log(e.getStatus());
			}
		});
	}

	List<Finding> findings() {
		return findings;
	}

	void dispose() {
		Display display = Display.getCurrent();
		if (display != null) {
			display.timerExec(-1, validation);
		}
		file.ifPresent(ValidationScheduler::clear);
	}

	private static void clear(IFile f) {
		try {
			ProblemMarkers.clear(f);
		} catch (CoreException e) {
			ILog.of(ValidationScheduler.class).log(e.getStatus());
		}
	}
}
