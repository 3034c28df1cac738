package org.eccworkbench.cli.internal.catalog;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

import org.eccworkbench.catalog.Condition;
import org.eccworkbench.catalog.Figure;
import org.eccworkbench.catalog.FigureKey;
import org.eccworkbench.catalog.PatientRange;
import org.eccworkbench.catalog.Product;
import org.eccworkbench.catalog.Qualifier;
import org.eccworkbench.catalog.Source;
import org.eclipse.osgi.util.NLS;

/** The human-readable text of {@code eccw catalog list} and {@code eccw catalog show}. */
final class CatalogText {

	private CatalogText() {
	}

	static void list(List<Product> products, PrintStream out) {
		int idWidth = width(products.stream().map(Product::id).toList(), Messages.List_id);
		int categoryWidth = width(products.stream().map(p -> p.category().id()).toList(), Messages.List_category);
		List<String> patients = products.stream().map(CatalogText::patients).toList();
		int patientsWidth = width(patients, Messages.List_patients);
		String format = "%-" + idWidth + "s  %-" + categoryWidth + "s  %-" + patientsWidth + "s  %s"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		out.println(String.format(format, Messages.List_id, Messages.List_category, Messages.List_patients,
				Messages.List_product).stripTrailing());
		for (int i = 0; i < products.size(); i++) {
			Product p = products.get(i);
			out.println(String.format(format, p.id(), p.category().id(), patients.get(i), p.displayName()));
		}
		out.println();
		out.println(products.size() == 1 ? Messages.List_countOne
				: NLS.bind(Messages.List_count, Integer.toString(products.size())));
	}

	static void show(Product p, PrintStream out) {
		out.println(p.displayName());
		line(out, Messages.Show_id, p.id());
		line(out, Messages.Show_category, NLS.bind(Messages.Show_categoryValue, p.category().label(), p.category().id()));
		p.type().ifPresent(type -> line(out, Messages.Show_type, type));
		line(out, Messages.Show_manufacturer, p.manufacturer().orElse(Messages.Show_generic));
		if (!p.models().isEmpty()) {
			line(out, Messages.Show_models, String.join(", ", p.models())); //$NON-NLS-1$
		}
		line(out, Messages.Show_patients, p.patients().isEmpty() ? Messages.Show_notStated
				: p.sortedPatients().stream().map(PatientRange::label).collect(Collectors.joining(", "))); //$NON-NLS-1$
		line(out, Messages.Show_listedIn, source(p.source()));
		line(out, Messages.Show_file, p.file() + ":" + p.line()); //$NON-NLS-1$
		out.println();
		out.println(Messages.Show_figures);
		if (p.figures().isEmpty()) {
			out.println(Messages.Show_noFigures);
		}
		for (Figure figure : p.figures()) {
			figure(figure, out);
		}
		List<FigureKey> unknown = p.unknownFigures();
		if (!unknown.isEmpty()) {
			out.println();
			out.println(Messages.Show_unknown);
			unknown.forEach(key -> out.println(NLS.bind(Messages.Show_unknownLine, key.label(), key.id())));
		}
		if (!p.notes().isEmpty()) {
			out.println();
			out.println(Messages.Show_notes);
			for (Product.Note note : p.notes()) {
				out.println(note.source().map(s -> NLS.bind(Messages.Show_noteWithSource, note.text(), source(s)))
						.orElse(NLS.bind(Messages.Show_note, note.text())));
			}
		}
	}

	private static void figure(Figure figure, PrintStream out) {
		String value = quantity(figure.qualifier(), figure.value(), figure.key());
		String text = NLS.bind(Messages.Show_figure, new Object[] { figure.key().label(), figure.key().id(), value });
		out.println(figure.note().map(n -> NLS.bind(Messages.Show_figureWithNote, text, n)).orElse(text));
		if (figure.conditional()) {
			out.println(NLS.bind(Messages.Show_conditions,
					figure.conditions().stream().map(CatalogText::condition).collect(Collectors.joining(", ")))); //$NON-NLS-1$
		}
		out.println(NLS.bind(figure.weak() ? Messages.Show_weakSource : Messages.Show_source, figure.source().citation()));
	}

	private static String condition(Condition condition) {
		return NLS.bind(Messages.Show_condition, condition.key().id(),
				quantity(Qualifier.EXACT, condition.value(), condition.key()));
	}

	/** For example {@code 5 L/min}, {@code more than 6.5 L/min}, {@code 0.8}. */
	static String quantity(Qualifier qualifier, double value, FigureKey key) {
		String number = Figure.format(value);
		String unit = key.unit().display();
		String amount = unit.isEmpty() ? number : number + " " + unit; //$NON-NLS-1$
		String pattern = switch (qualifier) {
		case EXACT -> "{0}"; //$NON-NLS-1$
		case ABOUT -> Messages.Qualifier_about;
		case AT_MOST -> Messages.Qualifier_atMost;
		case AT_LEAST -> Messages.Qualifier_atLeast;
		case MORE_THAN -> Messages.Qualifier_moreThan;
		case LESS_THAN -> Messages.Qualifier_lessThan;
		};
		return NLS.bind(pattern, amount);
	}

	private static String source(Source source) {
		return source.weak() ? NLS.bind(Messages.Show_weakCitation, source.citation()) : source.citation();
	}

	private static String patients(Product product) {
		return product.sortedPatients().stream().map(PatientRange::id).collect(Collectors.joining(",")); //$NON-NLS-1$
	}

	private static void line(PrintStream out, String label, String value) {
		out.println(String.format("  %-15s %s", label, value)); //$NON-NLS-1$
	}

	private static int width(List<String> values, String header) {
		return Math.max(header.length(), values.stream().mapToInt(String::length).max().orElse(0));
	}
}
