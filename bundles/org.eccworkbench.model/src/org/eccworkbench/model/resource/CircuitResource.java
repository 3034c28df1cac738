package org.eccworkbench.model.resource;

import java.util.HashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * An {@code .ecc} file: XMI in UTF-8, elements referring to each other by their {@code id}, read
 * with a parser that refuses DOCTYPE declarations and so every external entity ({@link XmiFiles}).
 */
public final class CircuitResource extends XMIResourceImpl {

	public CircuitResource(URI uri) {
		super(uri);
		XmiFiles.configure(this);
		// Ids are looked up by the loader (references) and by the validator (unique ids): a map
		// keeps both linear in the size of the circuit.
		setIntrinsicIDToEObjectMap(new HashMap<>());
	}

	@Override
	protected boolean useUUIDs() {
		return false;
	}
}
