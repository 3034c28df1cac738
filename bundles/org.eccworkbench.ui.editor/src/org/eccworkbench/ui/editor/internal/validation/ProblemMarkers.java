package org.eccworkbench.ui.editor.internal.validation;

import java.util.List;

import org.eccworkbench.ui.editor.internal.validation.CircuitValidation.Finding;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * The findings of a circuit as markers on its workspace file, for the Problems view. Each marker
 * names the element by id ({@link #ELEMENT_ID}) so that opening it selects the element.
 */
public final class ProblemMarkers {

	public static final String MARKER_TYPE = "org.eccworkbench.ui.editor.problem"; //$NON-NLS-1$
	public static final String ELEMENT_ID = "elementId"; //$NON-NLS-1$

	private ProblemMarkers() {
	}

	/** Replaces the file's circuit markers by {@code findings}, in one workspace operation. */
	public static void update(IFile file, List<Finding> findings) throws CoreException {
		if (!file.exists()) {
			return;
		}
		ResourcesPlugin.getWorkspace().run(monitor -> {
			file.deleteMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO);
			for (Finding finding : findings) {
				IMarker marker = file.createMarker(MARKER_TYPE);
				marker.setAttribute(IMarker.MESSAGE, finding.message());
				marker.setAttribute(IMarker.SEVERITY, severity(finding.severity()));
				if (finding.element() != null && finding.element().getId() != null) {
					marker.setAttribute(ELEMENT_ID, finding.element().getId());
					marker.setAttribute(IMarker.LOCATION, finding.element().getId());
				}
			}
		}, file, IWorkspace.AVOID_UPDATE, null);
	}

	public static void clear(IFile file) throws CoreException {
		if (file.exists()) {
			file.deleteMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO);
		}
	}

	private static int severity(int diagnosticSeverity) {
		if (diagnosticSeverity >= Diagnostic.ERROR) {
			return IMarker.SEVERITY_ERROR;
		}
		return diagnosticSeverity >= Diagnostic.WARNING ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO;
	}
}
