package org.eccworkbench.catalog.internal;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.osgi.util.NLS;

/**
 * The StAX set-up of catalog files: the JDK's own parser (never one another bundle provides),
 * with DTDs, external entities and external DTD access switched off.
 */
final class SecureStax {

	private SecureStax() {
	}

	/** A StAX factory of the JDK that refuses DTDs and external entities. */
	static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, ""); //$NON-NLS-1$
		factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
		factory.setXMLResolver((publicId, systemId, base, namespace) -> {
			throw new XMLStreamException(NLS.bind(Messages.Parser_externalRefused, systemId));
		});
		return factory;
	}

	/** The parser's own words, without the "ParseError at [row,col]" prefix of the JDK. */
	static String message(XMLStreamException e) {
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		int index = message.indexOf("Message: "); //$NON-NLS-1$
		return (index >= 0 ? message.substring(index + "Message: ".length()) : message).strip(); //$NON-NLS-1$
	}

	static void close(XMLStreamReader reader) {
		if (reader != null) {
			try {
				reader.close();
			} catch (XMLStreamException e) {
				// the stream's owner closes the stream itself
			}
		}
	}
}
