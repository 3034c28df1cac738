package org.eccworkbench.model.resource;

import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * An {@code .ecc} file: XMI in UTF-8, elements referring to each other by their {@code id}, read
 * with a parser that refuses DOCTYPE declarations and so every external entity.
 */
public final class CircuitResource extends XMIResourceImpl {

	public CircuitResource(URI uri) {
		super(uri);
		// Ids are looked up by the loader (references) and by the validator (unique ids): a map
		// keeps both linear in the size of the circuit.
		setIntrinsicIDToEObjectMap(new HashMap<>());
		Map<Object, Object> load = getDefaultLoadOptions();
		load.put(XMLResource.OPTION_PARSER_FEATURES, Map.of(
				"http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE,
				"http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
				"http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE,
				"http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE,
				XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE));
		load.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
		load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		Map<Object, Object> save = getDefaultSaveOptions();
		save.put(XMLResource.OPTION_ENCODING, "UTF-8");
		save.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(120));
		save.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
	}

	@Override
	protected boolean useUUIDs() {
		return false;
	}
}
