package org.eccworkbench.catalog.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eccworkbench.catalog.CatalogLoad;
import org.eccworkbench.catalog.Category;
import org.eccworkbench.catalog.Condition;
import org.eccworkbench.catalog.Diagnostic;
import org.eccworkbench.catalog.Figure;
import org.eccworkbench.catalog.FigureKey;
import org.eccworkbench.catalog.PatientRange;
import org.eccworkbench.catalog.Product;
import org.eccworkbench.catalog.Qualifier;
import org.eccworkbench.catalog.Source;
import org.eclipse.osgi.util.NLS;

/**
 * Reads one {@code .ecccatalog} file with StAX. DOCTYPE declarations are refused before any
 * entity can be resolved. Every problem becomes a {@link Diagnostic} with its line; the reader
 * goes on after a problem in the content to report the others, and stops at the first
 * well-formedness error. A file with any problem loads no product.
 */
public final class CatalogParser {

	public static final String FORMAT_VERSION = "1"; //$NON-NLS-1$
	private static final int MAX_DIAGNOSTICS = 50;
	private static final Pattern ID = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*"); //$NON-NLS-1$
	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?"); //$NON-NLS-1$

	private final String file;
	private final List<Diagnostic> diagnostics = new ArrayList<>();
	private final Map<String, Source> sources = new HashMap<>();
	private final List<PendingProduct> pending = new ArrayList<>();
	private final Set<String> productIds = new HashSet<>();

	/** A reference to a source, checked once the whole file is read. */
	private record SourceRef(String id, int line) {
	}

	private record PendingFigure(FigureKey key, double value, Qualifier qualifier, List<Condition> conditions,
			Optional<String> note, SourceRef source, boolean weak) {
	}

	private record PendingNote(String text, Optional<SourceRef> source) {
	}

	private static final class PendingProduct {
		final Product.Builder builder;
		final SourceRef source;
		final List<PendingFigure> figures = new ArrayList<>();
		final List<PendingNote> notes = new ArrayList<>();
		final Map<FigureKey, Integer> unknown = new LinkedHashMap<>();

		PendingProduct(Product.Builder builder, SourceRef source) {
			this.builder = builder;
			this.source = source;
		}
	}

	/** Thrown to stop reading: the problem is already a diagnostic. */
	private static final class Stop extends Exception {
		private static final long serialVersionUID = 1L;

		Stop() {
			super(null, null, false, false);
		}
	}

	/** @param file how diagnostics and products name the file */
	public CatalogParser(String file) {
		this.file = file;
	}

	/** Reads {@code in} to its end; the caller closes it. */
	public CatalogLoad parse(InputStream in) {
		XMLStreamReader reader = null;
		boolean complete = false;
		try {
			reader = SecureStax.factory().createXMLStreamReader(in);
			readDocument(reader);
			complete = true;
		} catch (XMLStreamException e) {
			problem(line(e.getLocation()), NLS.bind(Messages.Parser_malformed, SecureStax.message(e)));
		} catch (Stop e) {
			// already reported
		} finally {
			SecureStax.close(reader);
		}
		// References are checked only in a file read to its end: a source may be declared late.
		List<Product> products = complete ? resolve() : List.of();
		return diagnostics.isEmpty() ? new CatalogLoad(file, products, List.of())
				: new CatalogLoad(file, List.of(), diagnostics);
	}

	private void readDocument(XMLStreamReader reader) throws XMLStreamException, Stop {
		while (reader.hasNext()) {
			int event = reader.next();
			if (event == XMLStreamConstants.DTD) {
				problem(line(reader), Messages.Parser_doctype);
				throw new Stop();
			}
			if (event == XMLStreamConstants.START_ELEMENT) {
				if (!"catalog".equals(elementName(reader))) { //$NON-NLS-1$
					problem(line(reader), NLS.bind(Messages.Parser_notACatalog, elementName(reader)));
					throw new Stop();
				}
				readCatalog(reader);
			}
		}
	}

	private void readCatalog(XMLStreamReader reader) throws XMLStreamException, Stop {
		Map<String, String> attributes = attributes(reader, "catalog", "version", "name"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String version = required(reader, attributes, "catalog", "version"); //$NON-NLS-1$ //$NON-NLS-2$
		if (version != null && !FORMAT_VERSION.equals(version)) {
			problem(line(reader), NLS.bind(Messages.Parser_version, version, FORMAT_VERSION));
			throw new Stop();
		}
		while (nextChild(reader, "catalog")) { //$NON-NLS-1$
			switch (elementName(reader)) {
			case "source" -> readSource(reader); //$NON-NLS-1$
			case "product" -> readProduct(reader); //$NON-NLS-1$
			default -> unknownElement(reader, "catalog"); //$NON-NLS-1$
			}
		}
	}

	private void readSource(XMLStreamReader reader) throws XMLStreamException, Stop {
		int line = line(reader);
		Map<String, String> a = attributes(reader, "source", "id", "document", "page", "url", "weak"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		String id = identifier(reader, a, "source"); //$NON-NLS-1$
		Optional<String> document = optional(a, "document"); //$NON-NLS-1$
		Optional<String> url = optional(a, "url"); //$NON-NLS-1$
		boolean weak = bool(reader, a, "source", "weak"); //$NON-NLS-1$ //$NON-NLS-2$
		noChildren(reader, "source"); //$NON-NLS-1$
		if (document.isEmpty() && url.isEmpty()) {
			problem(line, NLS.bind(Messages.Parser_sourceEmpty, id));
			return;
		}
		if (url.isPresent() && !url.get().startsWith("https://") && !url.get().startsWith("http://")) { //$NON-NLS-1$ //$NON-NLS-2$
			problem(line, NLS.bind(Messages.Parser_badUrl, url.get()));
			return;
		}
		if (id != null && sources.putIfAbsent(id,
				new Source(id, document, optional(a, "page"), url, weak)) != null) { //$NON-NLS-1$
			problem(line, NLS.bind(Messages.Parser_duplicateSource, id));
		}
	}

	private void readProduct(XMLStreamReader reader) throws XMLStreamException, Stop {
		int line = line(reader);
		Map<String, String> a = attributes(reader, "product", "id", "category", "name", "manufacturer", "type", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				"patients", "source"); //$NON-NLS-1$ //$NON-NLS-2$
		String id = identifier(reader, a, "product"); //$NON-NLS-1$
		Category category = category(reader, a);
		String name = required(reader, a, "product", "name"); //$NON-NLS-1$ //$NON-NLS-2$
		String sourceId = required(reader, a, "product", "source"); //$NON-NLS-1$ //$NON-NLS-2$
		Product.Builder builder = new Product.Builder(id, category, name).origin(file, line);
		optional(a, "manufacturer").ifPresent(builder::manufacturer); //$NON-NLS-1$
		Optional<String> type = optional(a, "type"); //$NON-NLS-1$
		if (type.isPresent() && category != null) {
			if (category.types().contains(type.get())) {
				builder.type(type.get());
			} else {
				problem(line, NLS.bind(Messages.Parser_badType, new Object[] { type.get(), category.id(),
						category.types().isEmpty() ? Messages.Parser_none : String.join(", ", category.types()) })); //$NON-NLS-1$
			}
		}
		for (String token : optional(a, "patients").map(p -> p.trim().split("\\s+")).orElse(new String[0])) { //$NON-NLS-1$ //$NON-NLS-2$
			PatientRange.of(token).ifPresentOrElse(builder::patient, () -> problem(line,
					NLS.bind(Messages.Parser_badPatients, token, PatientRange.allIds())));
		}
		if (id != null && !productIds.add(id)) {
			problem(line, NLS.bind(Messages.Parser_duplicateProduct, id));
		}
		PendingProduct product = new PendingProduct(builder, new SourceRef(sourceId, line));
		while (nextChild(reader, "product")) { //$NON-NLS-1$
			switch (elementName(reader)) {
			case "model" -> readModel(reader, builder); //$NON-NLS-1$
			case "figure" -> readFigure(reader, product); //$NON-NLS-1$
			case "unknown" -> readUnknown(reader, product); //$NON-NLS-1$
			case "note" -> readNote(reader, product); //$NON-NLS-1$
			default -> unknownElement(reader, "product"); //$NON-NLS-1$
			}
		}
		if (id != null && category != null && name != null && sourceId != null) {
			pending.add(product);
		}
	}

	private void readModel(XMLStreamReader reader, Product.Builder builder) throws XMLStreamException, Stop {
		String number = required(reader, attributes(reader, "model", "number"), "model", "number"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		noChildren(reader, "model"); //$NON-NLS-1$
		if (number != null) {
			builder.model(number);
		}
	}

	private void readFigure(XMLStreamReader reader, PendingProduct product) throws XMLStreamException, Stop {
		int line = line(reader);
		Map<String, String> a = attributes(reader, "figure", "key", "value", "unit", "source", "qualifier", "weak", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				"note"); //$NON-NLS-1$
		FigureKey key = key(reader, a, "figure"); //$NON-NLS-1$
		Double value = value(reader, a, "figure", key); //$NON-NLS-1$
		String sourceId = required(reader, a, "figure", "source"); //$NON-NLS-1$ //$NON-NLS-2$
		Qualifier qualifier = optional(a, "qualifier").map(q -> Qualifier.of(q).orElseGet(() -> { //$NON-NLS-1$
			problem(line, NLS.bind(Messages.Parser_badQualifier, q, Qualifier.allIds()));
			return null;
		})).orElse(Qualifier.EXACT);
		boolean weak = bool(reader, a, "figure", "weak"); //$NON-NLS-1$ //$NON-NLS-2$
		List<Condition> conditions = new ArrayList<>();
		while (nextChild(reader, "figure")) { //$NON-NLS-1$
			if ("when".equals(elementName(reader))) { //$NON-NLS-1$
				Map<String, String> w = attributes(reader, "when", "key", "value", "unit"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				FigureKey conditionKey = key(reader, w, "when"); //$NON-NLS-1$
				Double conditionValue = value(reader, w, "when", conditionKey); //$NON-NLS-1$
				noChildren(reader, "when"); //$NON-NLS-1$
				if (conditionKey != null && conditionValue != null) {
					conditions.add(new Condition(conditionKey, conditionValue));
				}
			} else {
				unknownElement(reader, "figure"); //$NON-NLS-1$
			}
		}
		if (key == null || value == null || sourceId == null || qualifier == null) {
			return;
		}
		boolean repeated = product.figures.stream()
				.anyMatch(f -> f.key() == key && f.conditions().equals(conditions));
		if (repeated) {
			problem(line, NLS.bind(Messages.Parser_repeatedFigure, key.id()));
			return;
		}
		product.figures.add(new PendingFigure(key, value, qualifier, conditions, optional(a, "note"), //$NON-NLS-1$
				new SourceRef(sourceId, line), weak));
	}

	private void readUnknown(XMLStreamReader reader, PendingProduct product) throws XMLStreamException, Stop {
		int line = line(reader);
		FigureKey key = key(reader, attributes(reader, "unknown", "key"), "unknown"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		noChildren(reader, "unknown"); //$NON-NLS-1$
		if (key != null) {
			product.unknown.putIfAbsent(key, line);
		}
	}

	private void readNote(XMLStreamReader reader, PendingProduct product) throws XMLStreamException, Stop {
		int line = line(reader);
		Optional<String> sourceId = optional(attributes(reader, "note", "source"), "source"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		StringBuilder text = new StringBuilder();
		while (true) {
			int event = reader.next();
			if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
					|| event == XMLStreamConstants.SPACE) {
				text.append(reader.getText());
			} else if (event == XMLStreamConstants.START_ELEMENT) {
				unknownElement(reader, "note"); //$NON-NLS-1$
			} else if (event == XMLStreamConstants.END_ELEMENT) {
				break;
			} else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
				problem(line(reader), NLS.bind(Messages.Parser_entity, reader.getLocalName()));
			}
		}
		String note = text.toString().strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
		if (note.isEmpty()) {
			problem(line, Messages.Parser_emptyNote);
			return;
		}
		product.notes.add(new PendingNote(note, sourceId.map(id -> new SourceRef(id, line))));
	}

	/** Builds the products once the file is read, with every reference to a source checked. */
	private List<Product> resolve() {
		List<Product> products = new ArrayList<>();
		for (PendingProduct p : pending) {
			p.builder.source(source(p.source));
			for (PendingFigure f : p.figures) {
				Source source = source(f.source());
				if (source != null) {
					p.builder.figure(new Figure(f.key(), f.value(), f.qualifier(), f.conditions(), f.note(), source,
							f.weak()));
				}
			}
			p.unknown.forEach((key, line) -> {
				if (p.figures.stream().anyMatch(f -> f.key() == key)) {
					problem(line, NLS.bind(Messages.Parser_unknownButGiven, key.id()));
				}
			});
			p.unknown.keySet().forEach(p.builder::unknown);
			for (PendingNote n : p.notes) {
				p.builder.note(new Product.Note(n.text(), n.source().map(this::source)));
			}
			if (diagnostics.isEmpty()) {
				products.add(p.builder.build());
			}
		}
		return diagnostics.isEmpty() ? products : List.of();
	}

	private Source source(SourceRef ref) {
		Source source = sources.get(ref.id());
		if (source == null) {
			problem(ref.line(), NLS.bind(Messages.Parser_undeclaredSource, ref.id()));
		}
		return source;
	}

	// --- attributes --------------------------------------------------------------------------

	private Map<String, String> attributes(XMLStreamReader reader, String element, String... allowed) {
		Map<String, String> values = new HashMap<>();
		Set<String> names = Set.of(allowed);
		for (int i = 0; i < reader.getAttributeCount(); i++) {
			String name = reader.getAttributeLocalName(i);
			String namespace = reader.getAttributeNamespace(i);
			if ((namespace != null && !namespace.isEmpty()) || !names.contains(name)) {
				problem(line(reader), NLS.bind(Messages.Parser_unknownAttribute,
						new Object[] { name, element, String.join(", ", allowed) })); //$NON-NLS-1$
			} else {
				values.put(name, reader.getAttributeValue(i).strip());
			}
		}
		return values;
	}

	private String required(XMLStreamReader reader, Map<String, String> attributes, String element, String name) {
		String value = attributes.get(name);
		if (value == null || value.isEmpty()) {
			problem(line(reader), NLS.bind(Messages.Parser_missingAttribute, name, element));
			return null;
		}
		return value;
	}

	private static Optional<String> optional(Map<String, String> attributes, String name) {
		return Optional.ofNullable(attributes.get(name)).filter(v -> !v.isEmpty());
	}

	private String identifier(XMLStreamReader reader, Map<String, String> attributes, String element) {
		String id = required(reader, attributes, element, "id"); //$NON-NLS-1$
		if (id != null && !ID.matcher(id).matches()) {
			problem(line(reader), NLS.bind(Messages.Parser_badId, id, element));
			return null;
		}
		return id;
	}

	private Category category(XMLStreamReader reader, Map<String, String> attributes) {
		String id = required(reader, attributes, "product", "category"); //$NON-NLS-1$ //$NON-NLS-2$
		if (id == null) {
			return null;
		}
		Optional<Category> category = Category.of(id);
		if (category.isEmpty()) {
			problem(line(reader), NLS.bind(Messages.Parser_badCategory, id, Category.allIds()));
		}
		return category.orElse(null);
	}

	private boolean bool(XMLStreamReader reader, Map<String, String> attributes, String element, String name) {
		String value = attributes.get(name);
		if (value == null || "false".equals(value)) { //$NON-NLS-1$
			return false;
		}
		if ("true".equals(value)) { //$NON-NLS-1$
			return true;
		}
		problem(line(reader), NLS.bind(Messages.Parser_badBoolean, new Object[] { name, element, value }));
		return false;
	}

	private FigureKey key(XMLStreamReader reader, Map<String, String> attributes, String element) {
		String id = required(reader, attributes, element, "key"); //$NON-NLS-1$
		if (id == null) {
			return null;
		}
		Optional<FigureKey> key = FigureKey.of(id);
		if (key.isEmpty()) {
			problem(line(reader), NLS.bind(Messages.Parser_badKey, id));
		}
		return key.orElse(null);
	}

	/** The {@code value}, checked as a number in the key's unit; null after a problem. */
	private Double value(XMLStreamReader reader, Map<String, String> attributes, String element, FigureKey key) {
		String text = required(reader, attributes, element, "value"); //$NON-NLS-1$
		String unit = required(reader, attributes, element, "unit"); //$NON-NLS-1$
		if (text == null || unit == null || key == null) {
			return null;
		}
		if (!key.unit().symbol().equals(unit)) {
			problem(line(reader), NLS.bind(Messages.Parser_badUnit, new Object[] { key.id(), key.unit().symbol(), unit }));
			return null;
		}
		if (!NUMBER.matcher(text).matches()) {
			problem(line(reader), NLS.bind(Messages.Parser_badNumber, key.id(), text));
			return null;
		}
		double value = Double.parseDouble(text);
		if (!Double.isFinite(value) || (value < 0 && !key.signed())) {
			problem(line(reader), NLS.bind(Messages.Parser_negative, key.id(), text));
			return null;
		}
		return value;
	}

	// --- structure ---------------------------------------------------------------------------

	/**
	 * Moves to the next child element of the current element; false at its end tag. Text other
	 * than white space is a problem.
	 */
	private boolean nextChild(XMLStreamReader reader, String element) throws XMLStreamException {
		while (reader.hasNext()) {
			int event = reader.next();
			switch (event) {
			case XMLStreamConstants.START_ELEMENT:
				return true;
			case XMLStreamConstants.END_ELEMENT:
				return false;
			case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA:
				if (!reader.isWhiteSpace()) {
					problem(line(reader), NLS.bind(Messages.Parser_text, element));
				}
				break;
			case XMLStreamConstants.ENTITY_REFERENCE:
				problem(line(reader), NLS.bind(Messages.Parser_entity, reader.getLocalName()));
				break;
			default:
				break;
			}
		}
		return false;
	}

	private void noChildren(XMLStreamReader reader, String element) throws XMLStreamException {
		while (nextChild(reader, element)) {
			unknownElement(reader, element);
		}
	}

	private void unknownElement(XMLStreamReader reader, String parent) throws XMLStreamException {
		problem(line(reader), NLS.bind(Messages.Parser_unknownElement, elementName(reader), parent));
		int depth = 1;
		while (depth > 0 && reader.hasNext()) {
			int event = reader.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			} else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	/** The local name, or {@code {namespace}name}, which no element of the format matches. */
	private static String elementName(XMLStreamReader reader) {
		String namespace = reader.getNamespaceURI();
		return namespace == null || namespace.isEmpty() ? reader.getLocalName()
				: "{" + namespace + "}" + reader.getLocalName(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void problem(int line, String message) {
		if (diagnostics.size() < MAX_DIAGNOSTICS) {
			diagnostics.add(new Diagnostic(file, line, message));
		} else if (diagnostics.size() == MAX_DIAGNOSTICS) {
			diagnostics.add(new Diagnostic(file, line, Messages.Parser_tooMany));
		}
	}

	private static int line(XMLStreamReader reader) {
		return line(reader.getLocation());
	}

	private static int line(Location location) {
		return location == null ? 0 : Math.max(0, location.getLineNumber());
	}
}
