package org.eccworkbench.model.resource;

import java.nio.file.Path;

import org.eccworkbench.model.internal.Messages;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.osgi.util.NLS;
import org.xml.sax.SAXParseException;

/** Turns what EMF and the XML parser report into problems a user can act on. */
final class LoadProblems {

	private LoadProblems() {
	}

	static FileProblem fromDiagnostic(Path file, Resource.Diagnostic diagnostic) {
		return new FileProblem(file, diagnostic.getLine(), diagnostic.getColumn(), describe(diagnostic));
	}

	static FileProblem fromException(Path file, Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause && !(cause instanceof SAXParseException)) {
			cause = cause.getCause();
		}
		if (cause instanceof SAXParseException sax) {
			return new FileProblem(file, sax.getLineNumber(), sax.getColumnNumber(), describeSax(sax));
		}
		if (cause instanceof Resource.Diagnostic diagnostic) {
			return fromDiagnostic(file, diagnostic);
		}
		if (cause instanceof java.nio.file.NoSuchFileException) {
			return new FileProblem(file, 0, 0, Messages.Load_noSuchFile);
		}
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		return new FileProblem(file, 0, 0, NLS.bind(Messages.Load_unreadable, message));
	}

	private static String describe(Resource.Diagnostic diagnostic) {
		if (diagnostic instanceof FeatureNotFoundException e) {
			return NLS.bind(Messages.Load_unknownFeature, e.getName());
		}
		if (diagnostic instanceof ClassNotFoundException e) {
			return NLS.bind(Messages.Load_unknownType, e.getName());
		}
		if (diagnostic instanceof PackageNotFoundException e) {
			return NLS.bind(Messages.Load_unknownNamespace, e.uri());
		}
		if (diagnostic instanceof UnresolvedReferenceException e) {
			return NLS.bind(Messages.Load_danglingReference, e.getReference());
		}
		if (diagnostic instanceof IllegalValueException e) {
			return NLS.bind(Messages.Load_illegalValue, e.getValue(), e.getFeature().getName());
		}
		if (diagnostic instanceof Exception e && e.getCause() instanceof SAXParseException sax) {
			return describeSax(sax);
		}
		return diagnostic.getMessage();
	}

	private static String describeSax(SAXParseException sax) {
		String message = String.valueOf(sax.getMessage());
		if (message.contains("DOCTYPE") || message.contains("DTD") || message.contains("entity")) {
			return Messages.Load_doctype;
		}
		return NLS.bind(Messages.Load_malformed, message);
	}
}
