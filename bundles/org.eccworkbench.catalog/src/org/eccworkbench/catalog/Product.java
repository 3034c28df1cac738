package org.eccworkbench.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A product of a catalog: what it is, who makes it, which patients it is for, and the figures
 * public sources state for it. A figure no source gives is absent: {@link #figure(FigureKey)}
 * returns empty and {@link #unknownFigures()} lists it; the catalog never fills it in.
 * <p>
 * A key may have several figures that differ in their conditions (a flow limit that depends on
 * the reservoir, a pressure drop measured at two flows). Immutable.
 */
public final class Product {

	/** A remark on the product with, when it states a fact, its source. */
	public record Note(String text, Optional<Source> source) {

		public Note {
			Objects.requireNonNull(text);
			Objects.requireNonNull(source);
		}
	}

	private final String id;
	private final Category category;
	private final Optional<String> type;
	private final Optional<String> manufacturer;
	private final String name;
	private final List<String> models;
	private final Set<PatientRange> patients;
	private final List<Figure> figures;
	private final Set<FigureKey> declaredUnknown;
	private final List<Note> notes;
	private final Source source;
	private final String file;
	private final int line;

	private Product(Builder builder) {
		id = Objects.requireNonNull(builder.id);
		category = Objects.requireNonNull(builder.category);
		type = Optional.ofNullable(builder.type);
		manufacturer = Optional.ofNullable(builder.manufacturer);
		name = Objects.requireNonNull(builder.name);
		models = List.copyOf(builder.models);
		patients = builder.patients.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(builder.patients));
		figures = List.copyOf(builder.figures);
		declaredUnknown = Set.copyOf(builder.unknown);
		notes = List.copyOf(builder.notes);
		source = Objects.requireNonNull(builder.source);
		file = Objects.requireNonNull(builder.file);
		line = builder.line;
	}

	/** Unique across every catalog, for example {@code terumo.capiox-fx25}. */
	public String id() {
		return id;
	}

	public Category category() {
		return category;
	}

	/** The design within the category, for example {@code two-stage} for a venous cannula. */
	public Optional<String> type() {
		return type;
	}

	/** Empty for generic products such as tubing sizes. */
	public Optional<String> manufacturer() {
		return manufacturer;
	}

	public String name() {
		return name;
	}

	/** The manufacturer and the name, for example {@code Terumo Capiox FX25}. */
	public String displayName() {
		return manufacturer.map(m -> m + " " + name).orElse(name); //$NON-NLS-1$
	}

	/** Model or reference numbers, in catalog order. */
	public List<String> models() {
		return models;
	}

	/** The patient ranges the source names; empty when it names none. */
	public Set<PatientRange> patients() {
		return patients;
	}

	/** The patient ranges in their natural order, neonatal first. */
	public List<PatientRange> sortedPatients() {
		return patients.stream().sorted().toList();
	}

	/** Every figure, in catalog order. */
	public List<Figure> figures() {
		return figures;
	}

	/** The figures of {@code key}, in catalog order; several when their conditions differ. */
	public List<Figure> figures(FigureKey key) {
		return figures.stream().filter(f -> f.key() == key).toList();
	}

	/**
	 * The figure of {@code key}: the one without conditions if there is one, else the first in
	 * catalog order. Empty when no source gives it. Check {@link #figures(FigureKey)} before relying
	 * on a conditional figure.
	 */
	public Optional<Figure> figure(FigureKey key) {
		List<Figure> all = figures(key);
		return all.stream().filter(f -> !f.conditional()).findFirst().or(() -> all.stream().findFirst());
	}

	/** Like {@link #figure(FigureKey)} with the key's spelling, for example {@code "prime_ml"}. */
	public Optional<Figure> figure(String key) {
		return FigureKey.of(key).flatMap(this::figure);
	}

	/**
	 * The figures that no public source gives: the category's {@linkplain Category#keyFigures() key
	 * figures} this product has no figure for, and the keys the catalog declares unknown.
	 */
	public List<FigureKey> unknownFigures() {
		Set<FigureKey> unknown = new LinkedHashSet<>();
		category.keyFigures().stream().filter(k -> figures(k).isEmpty()).forEach(unknown::add);
		declaredUnknown.stream().sorted(Comparator.naturalOrder()).forEach(unknown::add);
		return List.copyOf(unknown);
	}

	public List<Note> notes() {
		return notes;
	}

	/** The source that lists the product. */
	public Source source() {
		return source;
	}

	/** The catalog file the product comes from, for example {@code org.eccworkbench.catalog/catalog/pumps.ecccatalog}. */
	public String file() {
		return file;
	}

	/** The line of the product's element in {@link #file()}. */
	public int line() {
		return line;
	}

	@Override
	public String toString() {
		return id;
	}

	/** Builds a product; the catalog reader checks the values before it builds. */
	public static final class Builder {
		private String id;
		private Category category;
		private String type;
		private String manufacturer;
		private String name;
		private final List<String> models = new ArrayList<>();
		private final Set<PatientRange> patients = new LinkedHashSet<>();
		private final List<Figure> figures = new ArrayList<>();
		private final Set<FigureKey> unknown = new LinkedHashSet<>();
		private final List<Note> notes = new ArrayList<>();
		private Source source;
		private String file;
		private int line;

		public Builder(String id, Category category, String name) {
			this.id = id;
			this.category = category;
			this.name = name;
		}

		public Builder type(String value) {
			type = value;
			return this;
		}

		public Builder manufacturer(String value) {
			manufacturer = value;
			return this;
		}

		public Builder model(String value) {
			models.add(value);
			return this;
		}

		public Builder patient(PatientRange value) {
			patients.add(value);
			return this;
		}

		public Builder figure(Figure value) {
			figures.add(value);
			return this;
		}

		public Builder unknown(FigureKey value) {
			unknown.add(value);
			return this;
		}

		public Builder note(Note value) {
			notes.add(value);
			return this;
		}

		public Builder source(Source value) {
			source = value;
			return this;
		}

		public Builder origin(String fileName, int lineNumber) {
			file = fileName;
			line = lineNumber;
			return this;
		}

		public Product build() {
			return new Product(this);
		}
	}
}
