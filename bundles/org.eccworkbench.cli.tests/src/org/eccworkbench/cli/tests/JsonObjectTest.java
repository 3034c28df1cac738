package org.eccworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Map;

import org.eccworkbench.cli.JsonObject;
import org.junit.jupiter.api.Test;

class JsonObjectTest {

	@Test
	void numbersArePlainWithADotWhateverTheLocale() {
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.FRANCE);
			JsonObject json = new JsonObject().put("two", 2.0).put("tenth", 0.1).put("third", 1.0 / 3)
					.put("small", 1e-7).put("big", 1e20).put("negative_zero", -0.0).put("units", 24000L)
					.put("negative", -2.5);
			assertEquals("{\"two\": 2, \"tenth\": 0.1, \"third\": 0.333333333333, \"small\": 0.0000001, "
					+ "\"big\": 100000000000000000000, \"negative_zero\": 0, \"units\": 24000, \"negative\": -2.5}",
					json.toString());
		} finally {
			Locale.setDefault(before);
		}
	}

	@Test
	void stringsAreEscaped() {
		String tricky = "a\"b\\c\nd\te\u0001\u00e9/\u2028";
		String json = new JsonObject().put("text", tricky).put("none", (String) null).put("ok", true).toString();
		assertEquals("{\"text\": \"a\\\"b\\\\c\\nd\\te\\u0001\u00e9/\\u2028\", \"none\": null, \"ok\": true}", json);
		Map<String, Object> parsed = FlatJson.parse(json);
		assertEquals(tricky, parsed.get("text"));
		assertEquals(null, parsed.get("none"));
		assertEquals(Boolean.TRUE, parsed.get("ok"));
	}

	@Test
	void whatJsonCannotHoldIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> new JsonObject().put("x", Double.NaN));
		assertThrows(IllegalArgumentException.class, () -> new JsonObject().put("x", Double.POSITIVE_INFINITY));
		assertThrows(IllegalArgumentException.class, () -> new JsonObject().put("x", 1.0).put("x", 2.0));
	}

	@Test
	void anEmptyObject() {
		assertEquals("{}", new JsonObject().toString());
		assertEquals(Map.of(), FlatJson.parse("{}"));
	}

	@Test
	void theTestReaderIsStrict() {
		assertThrows(IllegalArgumentException.class, () -> FlatJson.parse("{\"a\": 1,}"));
		assertThrows(IllegalArgumentException.class, () -> FlatJson.parse("{\"a\": 1,5}"));
		assertThrows(IllegalArgumentException.class, () -> FlatJson.parse("{\"a\": 01}"));
		assertThrows(IllegalArgumentException.class, () -> FlatJson.parse("{\"a\": 1} x"));
		assertThrows(IllegalArgumentException.class, () -> FlatJson.parse("{\"a\": 1, \"a\": 2}"));
	}
}
