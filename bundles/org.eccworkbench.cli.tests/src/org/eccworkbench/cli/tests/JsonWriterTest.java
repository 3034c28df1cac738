package org.eccworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.eccworkbench.cli.JsonWriter;
import org.junit.jupiter.api.Test;

/** The nested JSON writer of the command-line API. */
class JsonWriterTest {

	@Test
	void writesNestedIndentedJson() {
		String json = new JsonWriter().beginObject().member("name", "Capiox \"FX\"\n25").member("value", 7.0)
				.member("ratio", 0.58).member("weak", true).member("page", Optional.empty()).name("empty").beginArray()
				.endArray().name("list").beginArray().value("a").beginObject().member("k", -300).endObject().endArray()
				.endObject().toString();
		assertEquals("""
				{
				  "name": "Capiox \\"FX\\"\\n25",
				  "value": 7,
				  "ratio": 0.58,
				  "weak": true,
				  "page": null,
				  "empty": [],
				  "list": [
				    "a",
				    {
				      "k": -300
				    }
				  ]
				}
				""", json);
	}

	@Test
	void escapesEverythingOutsidePrintableAscii() {
		assertEquals("[\n  \"m\\u00b2 \\u00b5m \\u2248 \\\\ \\u0001\"\n]\n",
				new JsonWriter().beginArray().value("m\u00b2 \u00b5m \u2248 \\ \u0001").endArray().toString());
	}

	@Test
	void refusesAnUnclosedDocument() {
		assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().toString());
	}

	@Test
	void writesRoundedNumbersIntegersAndNullForNaN() {
		assertEquals("{\n  \"a\": 0.1,\n  \"b\": null,\n  \"c\": 42,\n  \"d\": 59.1607981235\n}\n",
				new JsonWriter().beginObject().numberMember("a", 0.1 + 2e-17).numberMember("b", Double.NaN).member("c", 42L)
						.numberMember("d", 59.16079812345678).endObject().toString());
	}
}
