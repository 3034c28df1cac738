package org.eccworkbench.cli.internal.catalog;

import java.util.List;

import org.eccworkbench.catalog.Condition;
import org.eccworkbench.catalog.Diagnostic;
import org.eccworkbench.catalog.Figure;
import org.eccworkbench.catalog.FigureKey;
import org.eccworkbench.catalog.PatientRange;
import org.eccworkbench.catalog.Product;
import org.eccworkbench.catalog.Source;
import org.eccworkbench.cli.JsonWriter;

/** The JSON of {@code eccw catalog list --json} and {@code eccw catalog show --json}; docs/catalog.md shows it. */
final class CatalogJson {

	private CatalogJson() {
	}

	static String list(List<Product> products, List<Diagnostic> problems) {
		JsonWriter json = new JsonWriter().beginObject();
		json.member("count", products.size()).name("products").beginArray(); //$NON-NLS-1$ //$NON-NLS-2$
		for (Product product : products) {
			json.beginObject();
			summary(json, product);
			json.endObject();
		}
		json.endArray();
		problems(json, problems);
		return json.endObject().toString();
	}

	static String show(Product product, List<Diagnostic> problems) {
		JsonWriter json = new JsonWriter().beginObject();
		summary(json, product);
		json.name("models").beginArray(); //$NON-NLS-1$
		product.models().forEach(json::value);
		json.endArray();
		json.name("source"); //$NON-NLS-1$
		source(json, product.source());
		json.name("figures").beginArray(); //$NON-NLS-1$
		product.figures().forEach(f -> figure(json, f));
		json.endArray();
		json.name("unknown").beginArray(); //$NON-NLS-1$
		for (FigureKey key : product.unknownFigures()) {
			json.beginObject().member("key", key.id()).member("unit", key.unit().symbol()).endObject(); //$NON-NLS-1$ //$NON-NLS-2$
		}
		json.endArray();
		json.name("notes").beginArray(); //$NON-NLS-1$
		for (Product.Note note : product.notes()) {
			json.beginObject().member("text", note.text()).name("source"); //$NON-NLS-1$ //$NON-NLS-2$
			if (note.source().isPresent()) {
				source(json, note.source().get());
			} else {
				json.value((String) null);
			}
			json.endObject();
		}
		json.endArray();
		json.member("file", product.file() + ":" + product.line()); //$NON-NLS-1$ //$NON-NLS-2$
		problems(json, problems);
		return json.endObject().toString();
	}

	private static void summary(JsonWriter json, Product product) {
		json.member("id", product.id()) //$NON-NLS-1$
				.member("category", product.category().id()) //$NON-NLS-1$
				.member("type", product.type()) //$NON-NLS-1$
				.member("manufacturer", product.manufacturer()) //$NON-NLS-1$
				.member("name", product.name()); //$NON-NLS-1$
		json.name("patients").beginArray(); //$NON-NLS-1$
		product.sortedPatients().stream().map(PatientRange::id).forEach(json::value);
		json.endArray();
	}

	private static void figure(JsonWriter json, Figure figure) {
		json.beginObject().member("key", figure.key().id()) //$NON-NLS-1$
				.member("value", figure.value()) //$NON-NLS-1$
				.member("unit", figure.unit().symbol()) //$NON-NLS-1$
				.member("qualifier", figure.qualifier().id()); //$NON-NLS-1$
		json.name("conditions").beginArray(); //$NON-NLS-1$
		for (Condition condition : figure.conditions()) {
			json.beginObject().member("key", condition.key().id()).member("value", condition.value()) //$NON-NLS-1$ //$NON-NLS-2$
					.member("unit", condition.key().unit().symbol()).endObject(); //$NON-NLS-1$
		}
		json.endArray();
		json.member("note", figure.note()).member("weak", figure.weak()).name("source"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		source(json, figure.source());
		json.endObject();
	}

	private static void source(JsonWriter json, Source source) {
		json.beginObject().member("document", source.document()) //$NON-NLS-1$
				.member("page", source.page()) //$NON-NLS-1$
				.member("url", source.url()) //$NON-NLS-1$
				.member("weak", source.weak()) //$NON-NLS-1$
				.endObject();
	}

	private static void problems(JsonWriter json, List<Diagnostic> problems) {
		json.name("problems").beginArray(); //$NON-NLS-1$
		for (Diagnostic problem : problems) {
			json.beginObject().member("file", problem.file()).member("line", problem.line()) //$NON-NLS-1$ //$NON-NLS-2$
					.member("message", problem.message()).endObject(); //$NON-NLS-1$
		}
		json.endArray();
	}
}
