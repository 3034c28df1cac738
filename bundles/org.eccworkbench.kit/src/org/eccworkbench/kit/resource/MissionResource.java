package org.eccworkbench.kit.resource;

import org.eccworkbench.model.resource.XmiFiles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/** An {@code .eccmission} file: XMI in UTF-8, read with the secure parser of {@link XmiFiles}. */
public final class MissionResource extends XMIResourceImpl {

	public MissionResource(URI uri) {
		super(uri);
		XmiFiles.configure(this);
	}

	@Override
	protected boolean useUUIDs() {
		return false;
	}
}
